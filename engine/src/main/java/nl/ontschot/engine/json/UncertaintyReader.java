package nl.ontschot.engine.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import nl.ontschot.engine.model.Case;
import nl.ontschot.engine.model.Target;
import nl.ontschot.engine.model.Targets;
import nl.ontschot.engine.model.Uncertainty;
import nl.ontschot.engine.schema.CaseSchema;
import nl.ontschot.engine.schema.Range;

/**
 * Reads the uncertainty of a version 2 case (calculation.md 6.8): {@code uncertainty: {iterations? = 10000
 * (1..1000000), seed? = 1, inputs: [{target, distribution, ...}]}} with UNIFORM {min, max}, TRIANGULAR
 * {min, mode, max}, PERT {min, mode, max} and NORMAL {mean, sd}; min ≤ mode ≤ max, sd &gt; 0. The targets are
 * those of scenarios (6.6); they and the bounds inside their field's range are checked once the case is built
 * ({@link #checkTargets}), so that every problem comes at once.
 */
final class UncertaintyReader {

	private static final Set<String> FIELDS = Set.of("iterations", "seed", "inputs");
	private static final Set<String> INPUT_FIELDS = Set.of("target", "distribution", "min", "mode", "max", "mean",
			"sd");
	/** The largest whole number a JSON number holds exactly (2^53 − 1). */
	private static final double MAX_SEED = 9_007_199_254_740_991d;

	private enum Shape {
		UNIFORM(List.of("min", "max")), TRIANGULAR(List.of("min", "mode", "max")), PERT(List.of("min", "mode", "max")),
		NORMAL(List.of("mean", "sd"));

		final List<String> fields;

		Shape(List<String> fields) {
			this.fields = fields;
		}
	}

	private final Problems problems;
	/** Per input read, its index in the case's list (an input with a problem is left out). */
	private final List<Integer> positions = new ArrayList<>();

	UncertaintyReader(Problems problems) {
		this.problems = problems;
	}

	Uncertainty read(Obj c) {
		Optional<Obj> found = Obj.of(c.raw("uncertainty"), c.path("uncertainty"), problems, FIELDS);
		if (found.isEmpty()) {
			return Uncertainty.NONE;
		}
		Obj o = found.get();
		int iterations = o.integer("iterations", Uncertainty.DEFAULT_ITERATIONS, 1, 1_000_000);
		long seed = seed(o);
		o.require("inputs");
		List<Uncertainty.Input> inputs = new ArrayList<>();
		// every element is kept, read or not, so that an input's index in the case stays known
		List<Optional<Uncertainty.Input>> read = o.list("inputs",
				(node, at) -> Optional.of(Obj.of(node, at, problems, INPUT_FIELDS).flatMap(this::input)));
		for (int i = 0; i < read.size(); i++) {
			if (read.get(i).isPresent()) {
				inputs.add(read.get(i).get());
				positions.add(i);
			}
		}
		return new Uncertainty(iterations, seed, inputs);
	}

	private long seed(Obj o) {
		OptionalDouble value = o.number("seed");
		if (value.isEmpty()) {
			return Uncertainty.DEFAULT_SEED;
		}
		double v = value.getAsDouble();
		if (v != Math.rint(v)) {
			problems.add(o.path("seed"), "error.notWholeNumber");
			return Uncertainty.DEFAULT_SEED;
		}
		if (Math.abs(v) > MAX_SEED) {
			problems.add(o.path("seed"), "error.between", -MAX_SEED, MAX_SEED);
			return Uncertainty.DEFAULT_SEED;
		}
		return (long) v;
	}

	private Optional<Uncertainty.Input> input(Obj o) {
		int before = problems.count();
		o.require("target");
		String target = o.text("target").orElse("");
		o.require("distribution");
		Optional<Shape> shape = o.choice("distribution", Shape.class);
		if (shape.isEmpty()) {
			return Optional.empty();
		}
		for (String field : INPUT_FIELDS) {
			if (!field.equals("target") && !field.equals("distribution") && o.given(field)
					&& !shape.get().fields.contains(field)) {
				problems.add(o.path(field), "error.uncertainty.notOfDistribution", shape.get().name());
			}
		}
		Map<String, Double> values = new HashMap<>();
		for (String field : shape.get().fields) {
			o.require(field);
			o.number(field).ifPresent(v -> values.put(field, v));
		}
		if (problems.count() > before) {
			return Optional.empty();
		}
		if (shape.get() == Shape.NORMAL) {
			if (values.get("sd") <= 0) {
				problems.add(o.path("sd"), "error.positive");
				return Optional.empty();
			}
			return Optional.of(new Uncertainty.Input(target, new Uncertainty.Normal(values.get("mean"), values.get("sd"))));
		}
		double min = values.get("min");
		double max = values.get("max");
		double mode = values.getOrDefault("mode", min);
		if (max < min) {
			problems.add(o.path("max"), "error.uncertainty.belowMin", min);
		} else if (mode < min) {
			problems.add(o.path("mode"), "error.uncertainty.belowMin", min);
		} else if (mode > max) {
			problems.add(o.path("mode"), "error.uncertainty.aboveMax", max);
		}
		if (problems.count() > before) {
			return Optional.empty();
		}
		Uncertainty.Distribution distribution = switch (shape.get()) {
			case UNIFORM -> new Uncertainty.Uniform(min, max);
			case TRIANGULAR -> new Uncertainty.Triangular(min, mode, max);
			default -> new Uncertainty.Pert(min, mode, max);
		};
		return Optional.of(new Uncertainty.Input(target, distribution));
	}

	/**
	 * Every input names a numeric field of the case (6.6), at most one input each, and its bounds (NORMAL: its
	 * mean) lie inside that field's range, each reported at the input.
	 */
	void checkTargets(Case c) {
		Set<Target> seen = new HashSet<>();
		List<Uncertainty.Input> inputs = c.uncertainty().inputs();
		for (int i = 0; i < inputs.size(); i++) {
			String at = "uncertainty.inputs[" + positions.get(i) + "].";
			Uncertainty.Input input = inputs.get(i);
			try {
				Target target = Targets.resolve(c, input.target());
				if (!seen.add(target)) {
					problems.add(at + "target", "error.uncertainty.duplicateTarget");
				}
				Range range = CaseSchema.field(CaseReader.schemaPattern(target)).range();
				for (Map.Entry<String, Double> bound : bounds(input.distribution())) {
					CaseReader.outOfRange(range, bound.getValue())
							.ifPresent(n -> problems.add(at + bound.getKey(), n.key(), n.args().toArray()));
				}
			} catch (Targets.Refused refused) {
				problems.add(at + "target", refused.notice().key(), refused.notice().args().toArray());
			}
		}
	}

	/** The values of a distribution that must lie in its field's range, by name. */
	private static List<Map.Entry<String, Double>> bounds(Uncertainty.Distribution d) {
		if (d instanceof Uncertainty.Uniform u) {
			return List.of(Map.entry("min", u.min()), Map.entry("max", u.max()));
		}
		if (d instanceof Uncertainty.Triangular t) {
			return List.of(Map.entry("min", t.min()), Map.entry("mode", t.mode()), Map.entry("max", t.max()));
		}
		if (d instanceof Uncertainty.Pert p) {
			return List.of(Map.entry("min", p.min()), Map.entry("mode", p.mode()), Map.entry("max", p.max()));
		}
		return List.of(Map.entry("mean", ((Uncertainty.Normal) d).mean()));
	}
}
