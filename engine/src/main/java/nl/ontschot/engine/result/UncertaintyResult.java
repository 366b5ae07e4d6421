package nl.ontschot.engine.result;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The uncertainty part of a result (calculation.md 6.8, 6.9): per party the statistics of its pv net and of
 * its net after settlement, those of the total pv net, per arrangement with a condition the share of
 * iterations in which it held, the tornado and the switching values.
 */
public record UncertaintyResult(int iterations, Map<String, PartyStatistics> parties, Statistics total,
		Map<String, Double> conditionProbability, List<TornadoBar> tornado, List<SwitchingValue> switching) {

	public UncertaintyResult {
		parties = Collections.unmodifiableMap(new LinkedHashMap<>(parties));
		conditionProbability = Collections.unmodifiableMap(new LinkedHashMap<>(conditionProbability));
		tornado = List.copyOf(tornado);
		switching = List.copyOf(switching);
	}

	/** A party's statistics. */
	public record PartyStatistics(Statistics net, Statistics netAfterSettlement) {
	}

	/** The net after settlement with one input at its low and at its high value, all others at plan. */
	public record TornadoBar(String target, double low, double high, Span total, Map<String, Span> parties) {

		public TornadoBar {
			parties = Collections.unmodifiableMap(new LinkedHashMap<>(parties));
		}
	}

	/** A figure at an input's low and at its high value. */
	public record Span(double low, double high) {
	}

	/** The value of an input at which a party's net after settlement is 0; empty when there is none. */
	public record SwitchingValue(String party, String target, OptionalDouble value) {
	}
}
