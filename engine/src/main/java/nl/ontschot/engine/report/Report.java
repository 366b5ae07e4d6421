package nl.ontschot.engine.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import nl.ontschot.engine.calculation.PreparedCase;
import nl.ontschot.engine.model.Actual;
import nl.ontschot.engine.model.Arrangement;
import nl.ontschot.engine.model.Case;
import nl.ontschot.engine.model.Domain;
import nl.ontschot.engine.model.Party;
import nl.ontschot.engine.model.ValueBasis;
import nl.ontschot.engine.report.Matrix.MatrixRow;
import nl.ontschot.engine.report.SideBySide.Column;
import nl.ontschot.engine.report.SideBySide.Kind;
import nl.ontschot.engine.result.ArrangementResult;
import nl.ontschot.engine.result.CalculationResult;
import nl.ontschot.engine.result.Comparison;
import nl.ontschot.engine.result.DomainShare;
import nl.ontschot.engine.result.Flows;
import nl.ontschot.engine.result.PartyResult;
import nl.ontschot.engine.result.PartyYear;
import nl.ontschot.engine.result.ScenarioResult;
import nl.ontschot.engine.result.SteadyState;
import nl.ontschot.engine.result.UncertaintyResult;

/**
 * The figures of a result as every output shows them (the command line's table, the overview page, the
 * steering group's report, the workbook): per party its rows, the case's net per year, the matrix of all parties, the arrangements'
 * payments, the arrangements compared, the scenarios, the realisation and the uncertainty. Built once,
 * rounded once, by one rule: every value in whole steps of its unit (euros, hours, tenths of an fte), half
 * away from zero, and a total the sum of what it adds up ({@link Row}, ADR 8, ADR 17). Each value keeps the
 * engine's own beside it, for a workbook's cells.
 */
public record Report(List<Integer> years, List<PartyReport> parties, Row totalNet, Matrix matrix,
		List<ArrangementReport> arrangements, SideBySide comparison, Scenarios scenarios,
		Optional<RealisationReport> realisation, Optional<UncertaintyReport> uncertainty) {

	/** The id the result gives the case's own values among its scenarios (6.9). */
	private static final String BASE = "base";
	/** The id the result gives the column without arrangements in their comparison (6.9). */
	private static final String NO_ARRANGEMENT = "none";

	public Report {
		years = List.copyOf(years);
		parties = List.copyOf(parties);
		arrangements = List.copyOf(arrangements);
	}

	/**
	 * The plan and each scenario side by side (6.9): per party its pv net, and its net after settlement in the
	 * settlement's basis. A case without scenarios has the plan's column alone.
	 */
	public record Scenarios(SideBySide pvNet, SideBySide afterSettlement) {

		/** Whether the case has scenarios to compare with its plan. */
		public boolean compared() {
			return pvNet.columns().size() > 1;
		}
	}

	/**
	 * The report of a calculated case, with the uncertainty of the result when it has it. Every party has the
	 * same rows: the payments from arrangements when the case has arrangements, the settlement per year when it
	 * settles per year.
	 */
	public static Report of(PreparedCase prepared, CalculationResult result) {
		return of(prepared, result, result.uncertainty());
	}

	/** The report of a calculated case with the uncertainty of a run of it (a run the pages keep apart). */
	public static Report of(PreparedCase prepared, CalculationResult result, Optional<UncertaintyResult> run) {
		List<PartyReport> parties = new ArrayList<>();
		double hoursPerFte = prepared.hoursPerFte();
		List<Optional<Domain>> domains = domains(result);
		List<List<Row>> rowsOf = new ArrayList<>();
		for (PartyResult p : result.parties()) {
			List<Row> rows = new ArrayList<>();
			rows.add(row(p, Figure.INCIDENTAL_COSTS, Flows::incidentalCosts));
			rows.add(row(p, Figure.STRUCTURAL_COSTS, Flows::structuralCosts));
			rows.add(row(p, Figure.ITEM_BENEFITS, Flows::itemBenefits));
			rows.add(row(p, Figure.REVENUE_CHANGE, Flows::revenueChange));
			rows.add(row(p, Figure.OPERATING_COST_CHANGE, Flows::operatingCostChange));
			rows.add(row(p, Figure.EXPENSE_CHANGE, Flows::expenseChange));
			if (!result.arrangements().isEmpty()) {
				rows.add(row(p, Figure.ARRANGEMENT_TRANSFERS, Flows::arrangementTransfers));
			}
			rows.add(row(p, Figure.NET, Flows::net));
			rows.add(row(p, Figure.CAPACITY, Flows::capacity));
			// released hours: the hours no longer needed
			rows.add(row(p, Figure.HOURS, f -> -f.hoursChange()));
			rows.add(row(p, Figure.FTE, f -> -f.hoursChange() / hoursPerFte));
			rows.add(row(p, Figure.SOCIETAL, Flows::societal));
			if (result.settlement().perYear()) {
				rows.add(Row.of(Figure.SETTLEMENT, p.years().stream().mapToDouble(PartyYear::settlement).toArray()));
				rows.add(Row.of(Figure.NET_AFTER_SETTLEMENT, p.years().stream()
						.mapToDouble(PartyYear::netAfterSettlement).toArray()));
			}
			rowsOf.add(rows);
		}
		Settled settled = Settled.of(result, rowsOf);
		for (int i = 0; i < result.parties().size(); i++) {
			PartyResult p = result.parties().get(i);
			Party party = prepared.source().parties().stream().filter(q -> q.id().equals(p.id())).findFirst()
					.orElseThrow();
			List<Row> rows = rowsOf.get(i);
			SteadyState s = p.steadyState();
			List<SteadyRow> steady = List.of(
					SteadyRow.of(Figure.EXPENSE, s.current().expense(), s.future().expense()),
					SteadyRow.of(Figure.REVENUE, s.current().revenue(), s.future().revenue()),
					SteadyRow.of(Figure.OPERATING_COST, s.current().operatingCost(), s.future().operatingCost()),
					SteadyRow.of(Figure.STAFF_HOURS, s.current().hours(), s.future().hours()),
					SteadyRow.future(Figure.STRUCTURAL_ITEM_COSTS, s.structuralItemCosts()),
					SteadyRow.future(Figure.STRUCTURAL_ITEM_BENEFITS, s.structuralItemBenefits()));
			Row net = rows.stream().filter(r -> r.figure() == Figure.NET).findFirst().orElseThrow();
			parties.add(new PartyReport(p.id(), p.name(), party.type(), rows, steady, euros(p.pv().net()),
					euros(p.pv().capacity()), euros(p.pv().societal()), settled.settlement[i],
					settled.net[i] + settled.settlement[i], p.paybackYear(),
					domains(result, p, net.total(), domains)));
		}
		Case c = prepared.source();
		return new Report(result.years(), parties, totalNet(parties, result.years().size()),
				matrix(result, domains, settled),
				arrangements(prepared, result),
				comparison(c, result), scenarios(result, settled),
				result.plannedSettlement().map(planned -> RealisationReport.of(c.actuals().stream()
						.map(Actual::year).distinct().sorted().toList(), result)),
				run.map(u -> UncertaintyReport.of(c, u)));
	}

	/** The uncertainty of a run in place of the result's own. */
	public Report withUncertainty(UncertaintyReport run) {
		return new Report(years, parties, totalNet, matrix, arrangements, comparison, scenarios, realisation,
				Optional.of(run));
	}

	/** The case's net per year: per year the sum of what the parties' net rows show. */
	private static Row totalNet(List<PartyReport> parties, int years) {
		long[] shown = new long[years];
		double[] exact = new double[years];
		for (PartyReport party : parties) {
			Row net = party.rows().stream().filter(r -> r.figure() == Figure.NET).findFirst().orElseThrow();
			for (int t = 0; t < years; t++) {
				shown[t] += net.years().get(t);
				exact[t] += net.exact().get(t);
			}
		}
		return new Row(Figure.NET, LongStream.of(shown).boxed().toList(), LongStream.of(shown).sum(),
				Arrays.stream(exact).boxed().toList());
	}

	/**
	 * The pv net per party with no arrangement and with each arrangement alone (6.9); no columns for a version
	 * 1 case.
	 */
	private static SideBySide comparison(Case c, CalculationResult result) {
		List<Column> columns = new ArrayList<>();
		List<double[]> values = new ArrayList<>();
		for (Comparison column : result.arrangementComparison()) {
			columns.add(column.id().equals(NO_ARRANGEMENT)
					? new Column(Kind.NO_ARRANGEMENT, column.id(), column.id())
					: new Column(Kind.ARRANGEMENT, column.id(), arrangementName(c, column.id())));
			values.add(result.parties().stream().mapToDouble(p -> column.parties().getOrDefault(p.id(), 0.0))
					.toArray());
		}
		return sideBySide(result, columns, values);
	}

	/** The plan's net after settlement is the one the matrix shows ({@link Settled}). */
	private static Scenarios scenarios(CalculationResult result, Settled settled) {
		List<Column> columns = new ArrayList<>();
		List<double[]> pv = new ArrayList<>();
		List<double[]> after = new ArrayList<>();
		if (result.scenarios().isEmpty()) {
			columns.add(new Column(Kind.PLAN, BASE, BASE));
			pv.add(result.parties().stream().mapToDouble(p -> p.pv().net()).toArray());
			after.add(result.parties().stream().mapToDouble(PartyResult::netAfterSettlement).toArray());
		}
		for (ScenarioResult s : result.scenarios()) {
			// the result names the case's own values "base" (6.9)
			columns.add(s.id().equals(BASE) ? new Column(Kind.PLAN, BASE, BASE)
					: new Column(Kind.SCENARIO, s.id(), s.name().filter(n -> !n.isBlank()).orElse(s.id())));
			pv.add(result.parties().stream().mapToDouble(p -> s.parties().get(p.id()).pvNet()).toArray());
			after.add(result.parties().stream().mapToDouble(p -> s.parties().get(p.id()).netAfterSettlement())
					.toArray());
		}
		long[] afterPlan = new long[settled.net().length];
		for (int i = 0; i < afterPlan.length; i++) {
			afterPlan[i] = settled.net()[i] + settled.settlement()[i];
		}
		long[][] afterShown = new long[after.size()][];
		for (int c = 0; c < after.size(); c++) {
			afterShown[c] = columns.get(c).kind() == Kind.PLAN ? afterPlan
					: Arrays.stream(after.get(c)).mapToLong(Report::euros).toArray();
		}
		return new Scenarios(sideBySide(result, columns, pv), SideBySide.of(columns, result.parties().stream()
				.map(PartyResult::id).toList(), result.parties().stream().map(PartyResult::name).toList(),
				after.toArray(double[][]::new), afterShown));
	}

	private static SideBySide sideBySide(CalculationResult result, List<Column> columns, List<double[]> values) {
		return SideBySide.of(columns, result.parties().stream().map(PartyResult::id).toList(),
				result.parties().stream().map(PartyResult::name).toList(), values.toArray(double[][]::new));
	}

	private static String arrangementName(Case c, String id) {
		return c.arrangements().stream().filter(x -> x.id().equals(id)).map(Arrangement::name)
				.filter(n -> !n.isBlank()).findFirst().orElse(id);
	}

	private static List<ArrangementReport> arrangements(PreparedCase prepared, CalculationResult result) {
		List<ArrangementReport> reports = new ArrayList<>();
		for (ArrangementResult a : result.arrangements()) {
			List<ArrangementReport.Payments> payments = new ArrayList<>();
			for (PartyResult party : result.parties()) {
				Row row = Row.of(Figure.ARRANGEMENT_TRANSFERS, a.transfers().getOrDefault(party.id(), List.of())
						.stream().mapToDouble(Double::doubleValue).toArray());
				if (row.years().stream().anyMatch(v -> v != 0)) {
					payments.add(new ArrangementReport.Payments(party.id(), party.name(), row.years(), row.total(),
							euros(a.pv().getOrDefault(party.id(), 0.0))));
				}
			}
			reports.add(new ArrangementReport(a.id(), arrangementName(prepared.source(), a.id()), a.type(), payments));
		}
		return reports;
	}

	/** The financing domains of the result: in the order of the case format, lines without a domain last. */
	private static List<Optional<Domain>> domains(CalculationResult result) {
		return result.byDomain().stream().map(DomainShare::domain).distinct()
				.sorted(Comparator.comparing((Optional<Domain> d) -> d.isEmpty())
						.thenComparing(d -> d.map(Enum::ordinal).orElse(0)))
				.toList();
	}

	/**
	 * A party's net per domain, nominal and at present value: each column broken down from the figure the
	 * party's own tables show (its net row's total, its present net), so that it adds up to it.
	 */
	private static Domains domains(CalculationResult result, PartyResult party, long netShown,
			List<Optional<Domain>> order) {
		double[] nominal = order.stream().mapToDouble(d -> share(result, party.id(), d, DomainShare::nominal))
				.toArray();
		double[] pv = order.stream().mapToDouble(d -> share(result, party.id(), d, DomainShare::presentValue))
				.toArray();
		long[] nominalShown = Breakdown.of(nominal, party.years().stream().mapToDouble(y -> y.flows().net()).sum(),
				netShown);
		long[] pvShown = Breakdown.of(pv, party.pv().net(), euros(party.pv().net()));
		List<DomainRow> rows = new ArrayList<>();
		for (int d = 0; d < order.size(); d++) {
			if (nominalShown[d] != 0 || pvShown[d] != 0) {
				rows.add(new DomainRow(order.get(d), nominalShown[d], pvShown[d]));
			}
		}
		return new Domains(rows, rows.stream().mapToLong(DomainRow::nominal).sum(),
				rows.stream().mapToLong(DomainRow::presentValue).sum());
	}

	private static double share(CalculationResult result, String party, Optional<Domain> domain,
			ToDoubleFunction<DomainShare> value) {
		return result.byDomain().stream().filter(d -> d.party().equals(party) && d.domain().equals(domain))
				.mapToDouble(value).sum();
	}

	private static Matrix matrix(CalculationResult result, List<Optional<Domain>> domains, Settled settled) {
		boolean pv = result.settlement().basis() == ValueBasis.PV;
		List<MatrixRow> rows = new ArrayList<>();
		for (int i = 0; i < result.parties().size(); i++) {
			PartyResult p = result.parties().get(i);
			double[] parts = domains.stream().mapToDouble(d -> share(result, p.id(), d,
					pv ? DomainShare::presentValue : DomainShare::nominal)).toArray();
			List<Long> perDomain = LongStream.of(Breakdown.of(parts, settled.exactNet[i], settled.net[i])).boxed()
					.toList();
			rows.add(new MatrixRow(p.name(), settled.net[i], euros(pv ? p.pv().capacity() : p.total().capacity()),
					settled.net[i] + settled.settlement[i], perDomain));
		}
		List<Long> domainTotals = IntStream.range(0, domains.size())
				.mapToObj(i -> rows.stream().mapToLong(r -> r.domains().get(i)).sum()).toList();
		MatrixRow total = new MatrixRow("", rows.stream().mapToLong(MatrixRow::net).sum(),
				rows.stream().mapToLong(MatrixRow::capacity).sum(),
				rows.stream().mapToLong(MatrixRow::afterSettlement).sum(), domainTotals);
		return new Matrix(result.settlement().basis(), domains, rows, total);
	}

	/**
	 * Each party's net in the settlement's basis and its settlement, broken down from 0 over the parties: what
	 * one receives another pays, so that the net after settlement adds up to the same total as the net, in
	 * every output that shows it. The net is the one the party's own tables show: its net row's total when the
	 * basis is nominal, its present net otherwise (rounded on its own where the settlement counts more, such as
	 * released capacity).
	 */
	record Settled(double[] exactNet, long[] net, long[] settlement) {

		static Settled of(CalculationResult result, List<List<Row>> rows) {
			int n = result.parties().size();
			double[] exactNet = new double[n];
			long[] net = new long[n];
			for (int i = 0; i < n; i++) {
				PartyResult p = result.parties().get(i);
				exactNet[i] = p.netAfterSettlement() - p.settlement();
				Row netRow = rows.get(i).stream().filter(r -> r.figure() == Figure.NET).findFirst().orElseThrow();
				boolean nominal = result.settlement().basis() == ValueBasis.NOMINAL;
				double own = nominal ? netRow.exactTotal() : p.pv().net();
				net[i] = Math.abs(own - exactNet[i]) > 0.01 ? euros(exactNet[i])
						: nominal ? netRow.total() : euros(p.pv().net());
			}
			double[] transfers = result.parties().stream().mapToDouble(PartyResult::settlement).toArray();
			return new Settled(exactNet, net, Breakdown.of(transfers, 0, 0));
		}
	}

	private static Row row(PartyResult p, Figure figure, ToDoubleFunction<Flows> field) {
		return Row.of(figure, p.years().stream().mapToDouble(y -> field.applyAsDouble(y.flows())).toArray());
	}

	private static long euros(double value) {
		return Unit.EURO.round(value);
	}
}
