package nl.ontschot.engine.result;

import java.util.List;
import java.util.OptionalInt;

/**
 * Everything the calculation says about one party. {@code settlement} and {@code netAfterSettlement} are
 * in the settlement's basis (present value or nominal). {@code paybackYear} (6.9): the first calendar year
 * from which the party's cumulative nominal net stays at or above 0; empty when it ends below 0.
 */
public record PartyResult(String id, String name, List<PartyYear> years, Flows total, PresentValue pv,
		double settlement, double netAfterSettlement, SteadyState steadyState, OptionalInt paybackYear) {

	public PartyResult {
		years = List.copyOf(years);
	}
}
