package nl.ontschot.engine.calculation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import nl.ontschot.engine.Notice;
import nl.ontschot.engine.formula.Compiled;
import nl.ontschot.engine.formula.Dependencies;
import nl.ontschot.engine.formula.FormulaException;
import nl.ontschot.engine.model.Quantity;
import nl.ontschot.engine.schema.Range;
import nl.ontschot.engine.schema.SchemaField;
import nl.ontschot.engine.schema.Timing;

/**
 * Every numeric field of a prepared case as a slot with one value per year (calculation.md 6.1, 6.2): the
 * key figures first (slot = their index), then the other fields in the order they were registered. A field
 * that follows another one (a future value not given follows the current one) is an alias of it. Formulas
 * are compiled once; {@link #rows} evaluates the slots of a variant, recomputing only the slots that its
 * values change and sharing the others' rows with the base.
 */
final class Slots {

	/** Values that replace a slot's own in some years (the realisation, 6.7): per slot per year, NaN when not. */
	interface Realised {
		double value(int slot, int t);

		boolean any(int t);
	}

	private final int years;
	private final int startYear;
	private final int parameters;
	private final List<String> paths = new ArrayList<>();
	private final List<SchemaField> fields = new ArrayList<>();
	private final List<Quantity> quantities = new ArrayList<>();
	/** The slot an alias follows, or -1. */
	private final List<Integer> aliasOf = new ArrayList<>();
	private Compiled[] compiled;
	private int[][] dependsOn;
	private int[] parameterOrder;

	Slots(int years, int startYear, int parameters) {
		this.years = years;
		this.startYear = startYear;
		this.parameters = parameters;
	}

	int add(String path, SchemaField field, Quantity quantity) {
		paths.add(path);
		fields.add(field);
		quantities.add(quantity);
		aliasOf.add(-1);
		return paths.size() - 1;
	}

	/** A field that takes another slot's values unless a variant gives it its own. */
	int alias(String path, SchemaField field, int of) {
		int slot = add(path, field, quantities.get(of));
		aliasOf.set(slot, of);
		return slot;
	}

	int size() {
		return paths.size();
	}

	String path(int slot) {
		return paths.get(slot);
	}

	/** The schema field a slot holds (its range, its timing). */
	SchemaField field(int slot) {
		return fields.get(slot);
	}

	boolean once(int slot) {
		return fields.get(slot).timing() == Timing.ONCE;
	}

	/** Compiles every formula against the key figures; names and cycles were checked when the case was read. */
	void compile(List<String> parameterIds) {
		int n = size();
		compiled = new Compiled[n];
		dependsOn = new int[n][];
		for (int s = 0; s < n; s++) {
			if (quantities.get(s) instanceof Quantity.Computed c) {
				compiled[s] = c.formula().compile(parameterIds::indexOf);
				dependsOn[s] = c.formula().names().stream().mapToInt(parameterIds::indexOf).toArray();
			} else {
				dependsOn[s] = new int[0];
			}
		}
		List<List<String>> refs = new ArrayList<>();
		for (int p = 0; p < parameters; p++) {
			refs.add(quantities.get(p) instanceof Quantity.Computed c ? c.formula().names() : List.of());
		}
		parameterOrder = Dependencies.order(parameterIds, refs);
	}

	/**
	 * The rows (one value per year) of every slot for a variant: {@code overrides} gives some slots another
	 * quantity (a scenario, 6.6); {@code realised}, when not null, replaces values in realised years.
	 * Unchanged slots share {@code base}'s rows. Problems (a formula that cannot be evaluated, a value out of
	 * its field's range) are added to {@code problems} with {@code where} before each path.
	 */
	double[][] rows(double[][] base, Map<Integer, Compiled> overrides, Realised realised, List<Notice> problems,
			String where) {
		return rows(base, overrides, parameterOrder, realised, problems, where);
	}

	/** As above, with the key figures evaluated in {@code order} (a variant's formulas may name others). */
	double[][] rows(double[][] base, Map<Integer, Compiled> overrides, int[] order, Realised realised,
			List<Notice> problems, String where) {
		Compiled[] replaced = new Compiled[size()];
		overrides.forEach((slot, formula) -> replaced[slot] = formula);
		boolean[] changed = changed(base, replaced, order);
		double[][] rows = rowsFor(base, changed);
		List<Notice> found = new ArrayList<>();
		fill(rows, changed, replaced, order, realised, new double[parameters], found, where);
		firstPerField(found, problems);
		return rows;
	}

	/**
	 * The slots whose values differ from {@code base}'s when {@code replaced} (by slot, null when not) gives
	 * some of them other formulas; every slot when there is no base.
	 */
	boolean[] changed(double[][] base, Compiled[] replaced, int[] order) {
		int n = size();
		boolean[] changed = new boolean[n];
		if (base == null) {
			Arrays.fill(changed, true);
			return changed;
		}
		// key figures in evaluation order, so that a changed key figure marks the ones that name it
		for (int p : order) {
			changed[p] = replaced[p] != null || dependsOnChanged(p, changed);
		}
		for (int s = parameters; s < n; s++) {
			int of = aliasOf.get(s);
			changed[s] = replaced[s] != null || (of >= 0 ? changed[of] : dependsOnChanged(s, changed));
		}
		return changed;
	}

	/** Rows sharing {@code base}'s where a slot is unchanged, new ones where it changes. */
	double[][] rowsFor(double[][] base, boolean[] changed) {
		double[][] rows = base == null ? new double[changed.length][] : base.clone();
		for (int s = 0; s < changed.length; s++) {
			if (changed[s]) {
				rows[s] = new double[years];
			}
		}
		return rows;
	}

	/**
	 * Evaluates the changed slots into their rows, in place; {@code values} is room for the key figures of one
	 * year. Every problem is added to {@code found}, in every year.
	 */
	void fill(double[][] rows, boolean[] changed, Compiled[] replaced, int[] order, Realised realised,
			double[] values, List<Notice> found, String where) {
		fill(rows, changed, others(changed), replaced, order, realised, values, found, where);
	}

	/** The changed slots other than key figures, in slot order (an alias follows a slot before it). */
	int[] others(boolean[] changed) {
		return IntStream.range(parameters, changed.length).filter(s -> changed[s]).toArray();
	}

	/** As above, with the changed slots other than key figures given (once, for a variant drawn again and again). */
	void fill(double[][] rows, boolean[] changed, int[] others, Compiled[] replaced, int[] order, Realised realised,
			double[] values, List<Notice> found, String where) {
		for (int t = 0; t < years; t++) {
			for (int p = 0; p < parameters; p++) {
				values[p] = changed[p] ? 0 : rows[p][t];
			}
			for (int p : order) {
				if (changed[p]) {
					values[p] = value(p, t, replaced, realised, values, found, where);
					rows[p][t] = values[p];
				}
			}
			for (int s : others) {
				int of = aliasOf.get(s);
				if (of >= 0 && replaced[s] == null) {
					rows[s][t] = rows[of][t];
				} else if (t > 0 && once(s)) {
					rows[s][t] = rows[s][0];
				} else {
					rows[s][t] = value(s, t, replaced, realised, values, found, where);
				}
			}
		}
	}

	/** One problem per field, in its first year: the same sentence for every later year would drown the others. */
	static void firstPerField(List<Notice> found, List<Notice> problems) {
		Set<String> seen = new HashSet<>();
		found.stream().filter(notice -> seen.add(notice.path())).forEach(problems::add);
	}

	private boolean dependsOnChanged(int s, boolean[] changed) {
		for (int p : dependsOn[s]) {
			if (changed[p]) {
				return true;
			}
		}
		return false;
	}

	private double value(int s, int t, Compiled[] replaced, Realised realised, double[] values,
			List<Notice> problems, String where) {
		// fields used once take the plan's value of year 0: the realisation does not change them (6.2)
		if (realised != null && !once(s)) {
			double r = realised.value(s, t);
			if (!Double.isNaN(r)) {
				return r;
			}
		}
		Compiled formula = replaced[s] != null ? replaced[s] : compiled[s];
		if (formula == null) {
			return ((Quantity.Fixed) quantities.get(s)).value();
		}
		double v;
		try {
			v = formula.evaluate(values, t, startYear + t);
		} catch (FormulaException e) {
			problems.add(Notice.of(where + paths.get(s), "error.formula.inYear",
					Notice.of("", e.key(), e.args().toArray()), Integer.toString(startYear + t)));
			return 0;
		}
		Range range = fields.get(s).range();
		if (!range.contains(v) || Math.abs(v) > Range.MAX_MAGNITUDE) {
			problems.add(outOfRange(where + paths.get(s), range, v, startYear + t));
			return 0;
		}
		return v;
	}

	/** "evaluates to 1.2 in 2027; must be at most 1" (6.1). */
	static Notice outOfRange(String path, Range range, double v, int year) {
		String y = Integer.toString(year);
		if (Math.abs(v) > Range.MAX_MAGNITUDE) {
			return Notice.of(path, "error.evaluates.tooLarge", v, y);
		}
		if (range.below(v)) {
			return Notice.of(path, range.minExclusive() ? "error.evaluates.moreThan" : "error.evaluates.atLeast", v,
					y, range.min());
		}
		return Notice.of(path, "error.evaluates.atMost", v, y, range.max());
	}

	/** A formula or number given as a variant's value for a slot (a scenario's), compiled like the case's own. */
	Compiled compileOverride(Quantity q, List<String> parameterIds) {
		if (q instanceof Quantity.Computed c) {
			return c.formula().compile(parameterIds::indexOf);
		}
		double v = ((Quantity.Fixed) q).value();
		return (values, t, year) -> v;
	}

	/**
	 * The order of the key figures when a variant gives some of them other quantities; throws
	 * {@link Dependencies.CircularException} when the variant's formulas make them circular.
	 */
	int[] parameterOrder(Map<Integer, Quantity> parameterOverrides, List<String> parameterIds) {
		if (parameterOverrides.isEmpty()) {
			return parameterOrder;
		}
		List<List<String>> refs = new ArrayList<>();
		for (int p = 0; p < parameters; p++) {
			Quantity q = parameterOverrides.getOrDefault(p, quantities.get(p));
			refs.add(q instanceof Quantity.Computed c ? c.formula().names() : List.of());
		}
		return Dependencies.order(parameterIds, refs);
	}
}
