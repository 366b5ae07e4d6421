package nl.ontschot.engine.model;

import java.util.Optional;

/** How the parties settle: the {@code settlement} object of a case. */
public record SettlementTerms(SettlementMethod method, Optional<String> key, ValueBasis basis, boolean perYear,
		boolean includeCapacity) {

	public static final SettlementTerms NONE = new SettlementTerms(SettlementMethod.NONE, Optional.empty(),
			ValueBasis.PV, false, false);

	public SettlementTerms withMethod(SettlementMethod other) {
		return new SettlementTerms(other, key, basis, perYear, includeCapacity);
	}
}
