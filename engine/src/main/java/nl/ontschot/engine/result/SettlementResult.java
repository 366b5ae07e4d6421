package nl.ontschot.engine.result;

import java.util.List;
import java.util.Map;

import nl.ontschot.engine.model.SettlementMethod;
import nl.ontschot.engine.model.ValueBasis;

/**
 * The settlement (verrekening): per party what it receives (positive) or pays, in the settlement's basis,
 * in party order; the payments that realise it to the cent; and the core check.
 */
public record SettlementResult(SettlementMethod method, ValueBasis basis, boolean perYear, boolean includeCapacity,
		Map<String, Double> transfers, List<Payment> payments, CoreCheck core) {

	public SettlementResult {
		transfers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(transfers));
		payments = List.copyOf(payments);
	}
}
