package nl.ontschot.engine.result;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import nl.ontschot.engine.model.ArrangementType;

/**
 * One arrangement's payments (calculation.md 6.9): per party per year (receiving positive), their sum and
 * their present value; whether its condition was met (only when it has one) and, for an impact bond, the
 * investor's internal rate of return (empty when it has none).
 */
public record ArrangementResult(String id, String name, ArrangementType type, Map<String, List<Double>> transfers,
		Map<String, Double> total, Map<String, Double> pv, Optional<Boolean> conditionMet, OptionalDouble investorIrr) {

	public ArrangementResult {
		transfers = Collections.unmodifiableMap(new LinkedHashMap<>(transfers));
		total = Collections.unmodifiableMap(new LinkedHashMap<>(total));
		pv = Collections.unmodifiableMap(new LinkedHashMap<>(pv));
	}
}
