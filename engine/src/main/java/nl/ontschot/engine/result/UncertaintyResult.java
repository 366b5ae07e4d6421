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

	/**
	 * A party's statistics, and how its net after settlement spreads over the iterations (not part of the
	 * result format of calculation.md: the pages draw it).
	 */
	public record PartyStatistics(Statistics net, Statistics netAfterSettlement, Histogram histogram) {
	}

	/**
	 * How many iterations fall in each of {@code counts.size()} bins of equal width from {@code from} to
	 * {@code to} (the lowest and highest value drawn); the last bin includes {@code to}. One bin when every
	 * iteration gave the same value.
	 */
	public record Histogram(double from, double to, List<Integer> counts) {

		public Histogram {
			counts = List.copyOf(counts);
		}

		/** The width of one bin. */
		public double width() {
			return (to - from) / counts.size();
		}
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
