package nl.ontschot.engine.result;

import java.util.List;

import nl.ontschot.engine.Notice;

/**
 * The result of calculation.md section 4, and (outside that format) each party's net per financing domain.
 */
public record CalculationResult(String caseName, List<Integer> years, List<PartyResult> parties, Flows total,
		PresentValue pv, SettlementResult settlement, List<Notice> warnings, List<DomainShare> byDomain) {

	public static final int SCHEMA_VERSION = 1;

	public CalculationResult {
		years = List.copyOf(years);
		parties = List.copyOf(parties);
		warnings = List.copyOf(warnings);
		byDomain = List.copyOf(byDomain);
	}
}
