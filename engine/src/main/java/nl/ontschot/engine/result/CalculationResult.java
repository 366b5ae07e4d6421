package nl.ontschot.engine.result;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.ontschot.engine.Notice;

/**
 * The result of calculation.md section 4 and (schema version 2) 6.9, and (outside that format, for overviews
 * in any version) each party's net per financing domain. The lists of version 2 are empty for a version 1
 * case; {@code scenarios} is empty when the case has none, {@code plan} and {@code variance} when it has no
 * actuals, {@code uncertainty} when it has no uncertainty inputs. Outside that format too: with actuals,
 * {@code plannedSettlement} is the settlement the plan alone would give, for the settlement afterwards beside
 * it (6.7).
 */
public record CalculationResult(int schemaVersion, String caseName, List<Integer> years, List<PartyResult> parties,
		Flows total, PresentValue pv, SettlementResult settlement, List<Notice> warnings, List<DomainShare> byDomain,
		Map<String, List<Double>> parameters, List<ArrangementResult> arrangements,
		List<Comparison> arrangementComparison, List<ScenarioResult> scenarios, Map<String, YearFigures> plan,
		Map<String, YearFigures> variance, Optional<UncertaintyResult> uncertainty,
		Optional<SettlementResult> plannedSettlement) {

	public CalculationResult {
		years = List.copyOf(years);
		parties = List.copyOf(parties);
		warnings = List.copyOf(warnings);
		byDomain = List.copyOf(byDomain);
		parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
		arrangements = List.copyOf(arrangements);
		arrangementComparison = List.copyOf(arrangementComparison);
		scenarios = List.copyOf(scenarios);
		plan = Collections.unmodifiableMap(new LinkedHashMap<>(plan));
		variance = Collections.unmodifiableMap(new LinkedHashMap<>(variance));
	}
}
