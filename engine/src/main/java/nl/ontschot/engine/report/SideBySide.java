package nl.ontschot.engine.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;

/**
 * The parties side by side under several columns (the arrangements compared, the scenarios): per party a value
 * per column in whole euros, each rounded on its own (half away from zero), and per column the total of what is
 * shown, so that every column adds up (ADR 17). Beside it the engine's own values.
 */
public record SideBySide(List<Column> columns, List<Line> parties, List<Long> totals) {

	public SideBySide {
		columns = List.copyOf(columns);
		parties = List.copyOf(parties);
		totals = List.copyOf(totals);
	}

	/**
	 * What a column stands for: the plan or a scenario (6.9), no arrangement or one arrangement alone, a
	 * settlement method ({@link MethodComparison}).
	 */
	public enum Kind {
		PLAN, SCENARIO, NO_ARRANGEMENT, ARRANGEMENT, METHOD
	}

	/**
	 * A column: its kind, the id of its scenario, arrangement or method, and that line's name (its id when
	 * unnamed).
	 */
	public record Column(Kind kind, String id, String name) {
	}

	/** A party's values, one per column, as shown and as the engine has them. */
	public record Line(String party, String name, List<Long> values, List<Double> exact) {

		public Line {
			values = List.copyOf(values);
			exact = List.copyOf(exact);
		}
	}

	/** @param values per column the value of each party, in the order of {@code ids} */
	static SideBySide of(List<Column> columns, List<String> ids, List<String> names, double[][] values) {
		long[][] shown = new long[values.length][];
		for (int c = 0; c < values.length; c++) {
			shown[c] = Arrays.stream(values[c]).mapToLong(Unit.EURO::round).toArray();
		}
		return of(columns, ids, names, values, shown);
	}

	/** @param shown per column what is shown of each party's value, where another table shows it already */
	static SideBySide of(List<Column> columns, List<String> ids, List<String> names, double[][] values,
			long[][] shownValues) {
		List<Line> lines = new ArrayList<>();
		long[] totals = new long[columns.size()];
		for (int i = 0; i < ids.size(); i++) {
			long[] shown = new long[columns.size()];
			double[] exact = new double[columns.size()];
			for (int c = 0; c < columns.size(); c++) {
				exact[c] = values[c][i];
				shown[c] = shownValues[c][i];
				totals[c] += shown[c];
			}
			lines.add(new Line(ids.get(i), names.get(i), LongStream.of(shown).boxed().toList(),
					Arrays.stream(exact).boxed().toList()));
		}
		return new SideBySide(columns, lines, LongStream.of(totals).boxed().toList());
	}
}
