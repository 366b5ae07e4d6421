package nl.ontschot.engine.calculation;

import java.util.OptionalDouble;

/**
 * The internal rate of return of yearly transfers (calculation.md 6.5, 6.10): the rate r in [−0.99, 10] where
 * Σ_t x(t) / (1+r)^t = 0, by bisection until hi − lo <= 1e-9, then (lo + hi) / 2 (a midpoint where the value is
 * exactly 0 at once). Empty when the transfers do not change sign, or when the values at −0.99 and at 10 have
 * the same sign.
 */
final class Irr {

	static final double LOW = -0.99;
	static final double HIGH = 10;

	private Irr() {
	}

	static OptionalDouble of(double[] x) {
		boolean negative = false;
		boolean positive = false;
		for (double v : x) {
			negative |= v < 0;
			positive |= v > 0;
		}
		if (!negative || !positive) {
			return OptionalDouble.empty();
		}
		double lo = LOW;
		double hi = HIGH;
		double atLo = npv(x, lo);
		double atHi = npv(x, hi);
		if (Math.signum(atLo) == Math.signum(atHi)) {
			return OptionalDouble.empty();
		}
		while (hi - lo > 1e-9) {
			double mid = (lo + hi) / 2;
			double atMid = npv(x, mid);
			if (atMid == 0) {
				return OptionalDouble.of(mid);
			}
			if (Math.signum(atMid) == Math.signum(atLo)) {
				lo = mid;
				atLo = atMid;
			} else {
				hi = mid;
			}
		}
		return OptionalDouble.of((lo + hi) / 2);
	}

	private static double npv(double[] x, double r) {
		double sum = 0;
		for (int t = 0; t < x.length; t++) {
			sum += x[t] / Math.pow(1 + r, t);
		}
		return sum;
	}
}
