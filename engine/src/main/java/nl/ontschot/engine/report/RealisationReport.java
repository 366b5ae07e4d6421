package nl.ontschot.engine.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import nl.ontschot.engine.result.CalculationResult;
import nl.ontschot.engine.result.PartyResult;
import nl.ontschot.engine.result.SettlementResult;
import nl.ontschot.engine.result.YearFigures;

/**
 * Realised + plan beside the plan (calculation.md 6.7), per party and in total: its net per year (nominal, the
 * realised years in {@code realisedYears}) and at present value, and its settlement, in whole euros. The
 * realised figure and the difference are each rounded on their own, the difference from the engine's variance
 * so that what the actuals leave alone shows € 0; the plan is what is shown of realised + plan minus the
 * difference. So each cell of the difference is the difference of the cells above it, and every row and
 * column adds up to its total.
 */
public record RealisationReport(List<Integer> realisedYears, List<PartyRealisation> parties,
		PartyRealisation total) {

	public RealisationReport {
		realisedYears = List.copyOf(realisedYears);
		parties = List.copyOf(parties);
	}

	/**
	 * One party (or the total): net per year in the plan, realised + plan and their difference; the same at
	 * present value; and the settlement in the plan, afterwards and their difference (positive: it receives).
	 */
	public record PartyRealisation(String party, String name, Row plan, Row realised, Row variance, Shown pv,
			Shown settlement) {
	}

	/** A figure in the plan, realised + plan and the difference, as shown and as the engine has them. */
	public record Shown(long plan, long realised, long variance, double exactPlan, double exactRealised) {

		static Shown of(double exactPlan, double exactRealised, double exactVariance) {
			long realised = Unit.EURO.round(exactRealised);
			long variance = Unit.EURO.round(exactVariance);
			return new Shown(realised - variance, realised, variance, exactPlan, exactRealised);
		}

		Shown plus(Shown other) {
			return new Shown(plan + other.plan, realised + other.realised, variance + other.variance,
					exactPlan + other.exactPlan, exactRealised + other.exactRealised);
		}

		public double exactVariance() {
			return exactRealised - exactPlan;
		}
	}

	static RealisationReport of(List<Integer> realisedYears, CalculationResult result) {
		SettlementResult planned = result.plannedSettlement().orElseThrow();
		int years = result.years().size();
		List<PartyRealisation> parties = new ArrayList<>();
		Shown pvTotal = new Shown(0, 0, 0, 0, 0);
		Shown settlementTotal = pvTotal;
		for (PartyResult p : result.parties()) {
			YearFigures plan = result.plan().get(p.id());
			YearFigures variance = result.variance().get(p.id());
			Row realisedRow = Row.of(Figure.REALISED_NET, p.years().stream().mapToDouble(y -> y.flows().net()).toArray());
			Row varianceRow = Row.of(Figure.NET_VARIANCE,
					variance.years().stream().mapToDouble(Double::doubleValue).toArray());
			Row planRow = new Row(Figure.PLANNED_NET, IntStream.range(0, years)
					.mapToObj(t -> realisedRow.years().get(t) - varianceRow.years().get(t)).toList(),
					realisedRow.total() - varianceRow.total(), plan.years());
			Shown pv = Shown.of(plan.pv(), p.pv().net(), variance.pv());
			double before = planned.transfers().getOrDefault(p.id(), 0.0);
			double after = result.settlement().transfers().getOrDefault(p.id(), 0.0);
			Shown settlement = new Shown(Unit.EURO.round(before), Unit.EURO.round(after),
					Unit.EURO.round(after) - Unit.EURO.round(before), before, after);
			parties.add(new PartyRealisation(p.id(), p.name(), planRow, realisedRow, varianceRow, pv, settlement));
			pvTotal = pvTotal.plus(pv);
			settlementTotal = settlementTotal.plus(settlement);
		}
		PartyRealisation total = new PartyRealisation("", "", sum(Figure.PLANNED_NET, parties, PartyRealisation::plan,
				years), sum(Figure.REALISED_NET, parties, PartyRealisation::realised, years),
				sum(Figure.NET_VARIANCE, parties, PartyRealisation::variance, years), pvTotal, settlementTotal);
		return new RealisationReport(realisedYears, parties, total);
	}

	private static Row sum(Figure figure, List<PartyRealisation> parties,
			Function<PartyRealisation, Row> row, int years) {
		long[] shown = new long[years];
		double[] exact = new double[years];
		for (PartyRealisation p : parties) {
			Row r = row.apply(p);
			for (int t = 0; t < years; t++) {
				shown[t] += r.years().get(t);
				exact[t] += r.exact().get(t);
			}
		}
		return new Row(figure, LongStream.of(shown).boxed().toList(),
				LongStream.of(shown).sum(), Arrays.stream(exact).boxed().toList());
	}
}
