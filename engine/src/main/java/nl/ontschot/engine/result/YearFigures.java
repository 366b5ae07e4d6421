package nl.ontschot.engine.result;

import java.util.List;

/** A party's net per year and at present value: in the plan, or the variance of realised + plan from it. */
public record YearFigures(List<Double> years, double pv) {

	public YearFigures {
		years = List.copyOf(years);
	}
}
