package nl.ontschot.engine.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

import nl.ontschot.engine.calculation.PreparedCase;
import nl.ontschot.engine.model.Arrangement;
import nl.ontschot.engine.model.Domain;
import nl.ontschot.engine.model.Party;
import nl.ontschot.engine.model.ValueBasis;
import nl.ontschot.engine.report.Matrix.MatrixRow;
import nl.ontschot.engine.result.ArrangementResult;
import nl.ontschot.engine.result.CalculationResult;
import nl.ontschot.engine.result.DomainShare;
import nl.ontschot.engine.result.Flows;
import nl.ontschot.engine.result.PartyResult;
import nl.ontschot.engine.result.PartyYear;
import nl.ontschot.engine.result.SteadyState;

/**
 * The figures of a result as every output shows them (the command line's table, the overview page, the
 * steering group's report, the workbook): built once, rounded once, by one rule: every value in whole steps
 * of its unit (euros, hours, tenths of an fte), half away from zero, and a row's total the sum of what it
 * shows ({@link Row}, ADR 8).
 */
public record Report(List<Integer> years, List<PartyReport> parties, Matrix matrix,
		List<ArrangementReport> arrangements) {

	public Report {
		years = List.copyOf(years);
		parties = List.copyOf(parties);
		arrangements = List.copyOf(arrangements);
	}

	/**
	 * The report of a calculated case. Every party has the same rows: the payments from arrangements when the
	 * case has arrangements, the settlement per year when it settles per year.
	 */
	public static Report of(PreparedCase prepared, CalculationResult result) {
		List<PartyReport> parties = new ArrayList<>();
		double hoursPerFte = prepared.hoursPerFte();
		List<Optional<Domain>> domains = domains(result);
		for (PartyResult p : result.parties()) {
			Party party = prepared.source().parties().stream().filter(q -> q.id().equals(p.id())).findFirst()
					.orElseThrow();
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
			SteadyState s = p.steadyState();
			List<SteadyRow> steady = List.of(
					SteadyRow.of(Figure.EXPENSE, s.current().expense(), s.future().expense()),
					SteadyRow.of(Figure.REVENUE, s.current().revenue(), s.future().revenue()),
					SteadyRow.of(Figure.OPERATING_COST, s.current().operatingCost(), s.future().operatingCost()),
					SteadyRow.of(Figure.STAFF_HOURS, s.current().hours(), s.future().hours()),
					SteadyRow.future(Figure.STRUCTURAL_ITEM_COSTS, s.structuralItemCosts()),
					SteadyRow.future(Figure.STRUCTURAL_ITEM_BENEFITS, s.structuralItemBenefits()));
			parties.add(new PartyReport(p.id(), p.name(), party.type(), rows, steady, euros(p.pv().net()),
					euros(p.pv().capacity()), euros(p.pv().societal()), euros(p.settlement()),
					euros(p.netAfterSettlement()), p.paybackYear(), domains(result, p.id(), domains)));
		}
		return new Report(result.years(), parties, matrix(result, domains), arrangements(prepared, result));
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
			String name = prepared.source().arrangements().stream().filter(x -> x.id().equals(a.id()))
					.map(Arrangement::name).filter(n -> !n.isBlank()).findFirst().orElse(a.id());
			reports.add(new ArrangementReport(a.id(), name, a.type(), payments));
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

	private static Domains domains(CalculationResult result, String party, List<Optional<Domain>> order) {
		List<DomainRow> rows = new ArrayList<>();
		for (Optional<Domain> domain : order) {
			double nominal = share(result, party, domain, DomainShare::nominal);
			double pv = share(result, party, domain, DomainShare::presentValue);
			if (euros(nominal) != 0 || euros(pv) != 0) {
				rows.add(new DomainRow(domain, euros(nominal), euros(pv)));
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

	private static Matrix matrix(CalculationResult result, List<Optional<Domain>> domains) {
		boolean pv = result.settlement().basis() == ValueBasis.PV;
		List<MatrixRow> rows = new ArrayList<>();
		for (PartyResult p : result.parties()) {
			List<Long> perDomain = domains.stream().map(d -> euros(share(result, p.id(), d,
					pv ? DomainShare::presentValue : DomainShare::nominal))).toList();
			rows.add(new MatrixRow(p.name(), euros(p.netAfterSettlement() - p.settlement()),
					euros(pv ? p.pv().capacity() : p.total().capacity()), euros(p.netAfterSettlement()), perDomain));
		}
		List<Long> domainTotals = IntStream.range(0, domains.size())
				.mapToObj(i -> rows.stream().mapToLong(r -> r.domains().get(i)).sum()).toList();
		MatrixRow total = new MatrixRow("", rows.stream().mapToLong(MatrixRow::net).sum(),
				rows.stream().mapToLong(MatrixRow::capacity).sum(),
				rows.stream().mapToLong(MatrixRow::afterSettlement).sum(), domainTotals);
		return new Matrix(result.settlement().basis(), domains, rows, total);
	}

	private static Row row(PartyResult p, Figure figure, ToDoubleFunction<Flows> field) {
		return Row.of(figure, p.years().stream().mapToDouble(y -> field.applyAsDouble(y.flows())).toArray());
	}

	private static long euros(double value) {
		return Unit.EURO.round(value);
	}
}
