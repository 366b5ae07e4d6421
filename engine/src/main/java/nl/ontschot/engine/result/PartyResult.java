package nl.ontschot.engine.result;

import java.util.List;

/**
 * Everything the calculation says about one party. {@code settlement} and {@code netAfterSettlement} are
 * in the settlement's basis (present value or nominal).
 */
public record PartyResult(String id, String name, List<PartyYear> years, Flows total, PresentValue pv,
		double settlement, double netAfterSettlement, SteadyState steadyState) {

	public PartyResult {
		years = List.copyOf(years);
	}
}
