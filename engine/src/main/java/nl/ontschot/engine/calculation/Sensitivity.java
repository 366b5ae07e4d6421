package nl.ontschot.engine.calculation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import nl.ontschot.engine.model.Uncertainty;
import nl.ontschot.engine.result.UncertaintyResult.Span;
import nl.ontschot.engine.result.UncertaintyResult.SwitchingValue;
import nl.ontschot.engine.result.UncertaintyResult.TornadoBar;
import nl.ontschot.engine.schema.Range;

/**
 * The tornado and the switching values of calculation.md 6.8: one input at a time away from its plan value,
 * all others at plan, realised years as realised, settled with the case's method.
 */
final class Sensitivity {

	/** A net within 1e-6 euro of 0 counts as 0 (6.8). */
	private static final double ZERO = 1e-6;
	/** Bisection stops when the interval is this share of [low, high] (6.8: to 1e-9 of the range). */
	private static final double PRECISION = 1e-9;

	private final PreparedCase p;
	private final Evaluation e;
	private final List<Uncertainty.Input> inputs;
	private final double[] lows;
	private final double[] highs;
	/** Per input the draws of it alone. */
	private final PreparedCase.Drawing[] single;

	Sensitivity(PreparedCase p) {
		this.p = p;
		this.e = p.evaluation();
		this.inputs = p.c.uncertainty().inputs();
		this.lows = new double[inputs.size()];
		this.highs = new double[inputs.size()];
		this.single = inputs.stream().map(i -> p.drawing(p.draws(List.of(i.target()))))
				.toArray(PreparedCase.Drawing[]::new);
		for (int i = 0; i < lows.length; i++) {
			Range range = p.range(inputs.get(i).target());
			lows[i] = inputs.get(i).distribution().low(range.min());
			highs[i] = inputs.get(i).distribution().high(range.max());
		}
	}

	/**
	 * Per input the net after settlement per party and in total at its low and its high value, sorted by
	 * {@code |total.high − total.low|}, largest first (inputs of equal width in their own order).
	 */
	List<TornadoBar> tornado() {
		List<String> partyIds = p.c.parties().stream().map(party -> party.id()).toList();
		List<TornadoBar> bars = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			double[] low = settledAt(i, lows[i]).clone();
			double[] high = settledAt(i, highs[i]).clone();
			Map<String, Span> parties = new LinkedHashMap<>();
			double totalLow = 0;
			double totalHigh = 0;
			for (int party = 0; party < low.length; party++) {
				parties.put(partyIds.get(party), new Span(low[party], high[party]));
				totalLow += low[party];
				totalHigh += high[party];
			}
			bars.add(new TornadoBar(inputs.get(i).target(), lows[i], highs[i], new Span(totalLow, totalHigh), parties));
		}
		bars.sort(Comparator.comparingDouble((TornadoBar bar) -> Math.abs(bar.total().high() - bar.total().low()))
				.reversed());
		return bars;
	}

	/** Per party (in case order) and input (in input order) its switching value. */
	List<SwitchingValue> switching() {
		List<SwitchingValue> values = new ArrayList<>();
		for (int party = 0; party < p.parties; party++) {
			for (int i = 0; i < inputs.size(); i++) {
				values.add(new SwitchingValue(p.c.parties().get(party).id(), inputs.get(i).target(), switching(party, i)));
			}
		}
		return values;
	}

	/**
	 * The value in [low, high] at which the party's net after settlement is 0, by bisection to 1e-9 of the
	 * range, then the middle of the last interval; a net within 1e-6 of 0 counts as 0: an end at 0 is the answer
	 * (the low end first), and so is the first midpoint at 0; none when the net has the same sign at both ends
	 * or is 0 at both.
	 */
	private OptionalDouble switching(int party, int input) {
		double lo = lows[input];
		double hi = highs[input];
		double atLow = settledAt(input, lo)[party];
		double atHigh = settledAt(input, hi)[party];
		boolean zeroLow = Math.abs(atLow) <= ZERO;
		boolean zeroHigh = Math.abs(atHigh) <= ZERO;
		if (zeroLow && zeroHigh) {
			return OptionalDouble.empty();
		}
		if (zeroLow) {
			return OptionalDouble.of(lo);
		}
		if (zeroHigh) {
			return OptionalDouble.of(hi);
		}
		if (atLow > 0 == atHigh > 0) {
			return OptionalDouble.empty();
		}
		double tolerance = PRECISION * (hi - lo);
		while (hi - lo > tolerance) {
			double mid = (lo + hi) / 2;
			double atMid = settledAt(input, mid)[party];
			if (Math.abs(atMid) <= ZERO) {
				return OptionalDouble.of(mid);
			}
			if (atMid > 0 == atLow > 0) {
				lo = mid;
			} else {
				hi = mid;
			}
		}
		return OptionalDouble.of((lo + hi) / 2);
	}

	/** The net after settlement per party with one input at a value (the evaluation's own buffer). */
	private double[] settledAt(int input, double value) {
		e.run(MonteCarlo.drawn(single[input], new double[] { value }), true);
		return e.netAfterSettlement();
	}
}
