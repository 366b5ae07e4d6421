package nl.ontschot.engine.result;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The pv net per party with no arrangement ({@code none}) or with one arrangement alone, without settlement. */
public record Comparison(String id, Map<String, Double> parties) {

	public Comparison {
		parties = Collections.unmodifiableMap(new LinkedHashMap<>(parties));
	}
}
