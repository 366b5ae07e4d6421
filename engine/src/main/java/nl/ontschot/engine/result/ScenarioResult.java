package nl.ontschot.engine.result;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One scenario side by side with the others (6.9): per party its pv net and its net after settlement. */
public record ScenarioResult(String id, Optional<String> name, Map<String, Outcome> parties, double totalPvNet) {

	public ScenarioResult {
		parties = Collections.unmodifiableMap(new LinkedHashMap<>(parties));
	}

	public record Outcome(double pvNet, double netAfterSettlement) {
	}
}
