package nl.ontschot.engine.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import nl.ontschot.engine.calculation.PreparedCase;
import nl.ontschot.engine.model.Party;
import nl.ontschot.engine.result.CalculationResult;
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
public record Report(List<Integer> years, List<PartyReport> parties) {

	public Report {
		years = List.copyOf(years);
		parties = List.copyOf(parties);
	}

	/**
	 * The report of a calculated case. Every party has the same rows: the payments from arrangements when the
	 * case has arrangements, the settlement per year when it settles per year.
	 */
	public static Report of(PreparedCase prepared, CalculationResult result) {
		List<PartyReport> parties = new ArrayList<>();
		double hoursPerFte = prepared.hoursPerFte();
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
					euros(p.netAfterSettlement()), p.paybackYear()));
		}
		return new Report(result.years(), parties);
	}

	private static Row row(PartyResult p, Figure figure, ToDoubleFunction<Flows> field) {
		return Row.of(figure, p.years().stream().mapToDouble(y -> field.applyAsDouble(y.flows())).toArray());
	}

	private static long euros(double value) {
		return Unit.EURO.round(value);
	}
}
