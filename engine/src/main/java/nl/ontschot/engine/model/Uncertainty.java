package nl.ontschot.engine.model;

import java.util.List;

/**
 * The uncertainty of a case (calculation.md 6.8): how many Monte Carlo iterations, the seed of their random
 * numbers, and the inputs drawn, each a field named by its target (6.6) with the distribution of its value.
 * {@link #NONE} when the case gives no uncertainty.
 */
public record Uncertainty(int iterations, long seed, List<Input> inputs) {

	public static final int DEFAULT_ITERATIONS = 10_000;
	public static final long DEFAULT_SEED = 1;
	public static final Uncertainty NONE = new Uncertainty(DEFAULT_ITERATIONS, DEFAULT_SEED, List.of());

	public Uncertainty {
		inputs = List.copyOf(inputs);
	}

	/** Whether there is anything to draw. */
	public boolean given() {
		return !inputs.isEmpty();
	}

	/** One uncertain field. */
	public record Input(String target, Distribution distribution) {
	}

	/**
	 * The distribution of an input's value, with the low and high value the tornado and the switching values
	 * use (6.8): min and max, or for NORMAL {@code mean ∓ 2 sd} clipped to the field's valid range.
	 */
	public sealed interface Distribution permits Uniform, Triangular, Pert, Normal {

		double min();

		double max();

		/** The low value, for a field valid from {@code validMin}. */
		default double low(double validMin) {
			return min();
		}

		/** The high value, for a field valid up to {@code validMax}. */
		default double high(double validMax) {
			return max();
		}
	}

	/** UNIFORM {min, max}. */
	public record Uniform(double min, double max) implements Distribution {
	}

	/** TRIANGULAR {min, mode, max}. */
	public record Triangular(double min, double mode, double max) implements Distribution {
	}

	/**
	 * PERT {min, mode, max}: a beta distribution on [min, max] with α = 1 + 4(mode − min)/(max − min) and
	 * β = 1 + 4(max − mode)/(max − min).
	 */
	public record Pert(double min, double mode, double max) implements Distribution {
	}

	/** NORMAL {mean, sd}, drawn again until the value lies inside the field's valid range. */
	public record Normal(double mean, double sd) implements Distribution {

		/** {@code mean − 2 sd}, before the field's range clips it. */
		@Override
		public double min() {
			return mean - 2 * sd;
		}

		/** {@code mean + 2 sd}, before the field's range clips it. */
		@Override
		public double max() {
			return mean + 2 * sd;
		}

		@Override
		public double low(double validMin) {
			return Math.max(min(), validMin);
		}

		@Override
		public double high(double validMax) {
			return Math.min(max(), validMax);
		}
	}
}
