package nl.ontschot.engine.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import nl.ontschot.engine.Notice;
import nl.ontschot.engine.calculation.PreparedCase;
import nl.ontschot.engine.model.Party;
import nl.ontschot.engine.result.CalculationResult;
import nl.ontschot.engine.result.CoreCheck;
import nl.ontschot.engine.result.Flows;
import nl.ontschot.engine.result.PartyResult;
import nl.ontschot.engine.result.PartyYear;
import nl.ontschot.engine.result.Payment;
import nl.ontschot.engine.result.SettlementResult;
import nl.ontschot.engine.result.SteadyState;
import nl.ontschot.engine.text.Amounts;

/**
 * A readable overview of a result for a terminal: per party its current and future situation, its
 * costs, benefits and net effect per year, released capacity, and the settlement; then the payments and
 * the core check. Each row is rounded to whole euros so that the years add up to the shown total.
 */
final class Table {

	private static final int LABEL = 34;
	private static final int COLUMN = 15;

	private final PreparedCase c;
	private final CalculationResult result;
	private final Locale locale;
	private final StringBuilder out = new StringBuilder();

	Table(PreparedCase c, CalculationResult result, Locale locale) {
		this.c = c;
		this.result = result;
		this.locale = locale;
	}

	String render() {
		SettlementResult s = result.settlement();
		line(result.caseName());
		line(text("table.heading", String.valueOf(result.years().get(0)),
				String.valueOf(result.years().get(result.years().size() - 1)),
				Amounts.percent(c.discountRate(), locale), text("method." + s.method()),
				text("basis." + s.basis())));
		for (PartyResult party : result.parties()) {
			party(party);
		}
		settlement(s);
		if (!result.warnings().isEmpty()) {
			line("");
			line(text("table.warnings"));
			for (Notice warning : result.warnings()) {
				line("  - " + warning.line(locale));
			}
		}
		return out.toString().stripTrailing();
	}

	private void party(PartyResult party) {
		Party p = c.source().parties().stream().filter(q -> q.id().equals(party.id())).findFirst().orElseThrow();
		line("");
		String title = party.name() + " (" + party.id() + ", " + text("type." + p.type()) + ")";
		line(title);
		line("=".repeat(title.length()));

		SteadyState steady = party.steadyState();
		line(text("table.steadyState"));
		row("", List.of(text("table.current"), text("table.future")));
		steady("table.expense", steady.current().expense(), steady.future().expense());
		steady("table.revenue", steady.current().revenue(), steady.future().revenue());
		steady("table.operatingCost", steady.current().operatingCost(), steady.future().operatingCost());
		row(text("table.hours"), List.of(Amounts.number(steady.current().hours(), 0, locale),
				Amounts.number(steady.future().hours(), 0, locale)));
		row(text("table.structuralItemCosts"), List.of("", euros(steady.structuralItemCosts())));
		row(text("table.structuralItemBenefits"), List.of("", euros(steady.structuralItemBenefits())));

		line("");
		List<String> header = new ArrayList<>();
		result.years().forEach(y -> header.add(Integer.toString(y)));
		header.add(text("table.total"));
		row(text("table.perYear"), header);
		money(party, "table.incidentalCosts", Flows::incidentalCosts);
		money(party, "table.structuralCosts", Flows::structuralCosts);
		money(party, "table.itemBenefits", Flows::itemBenefits);
		money(party, "table.revenueChange", Flows::revenueChange);
		money(party, "table.operatingCostChange", Flows::operatingCostChange);
		money(party, "table.expenseChange", Flows::expenseChange);
		money(party, "table.net", Flows::net);
		money(party, "table.capacity", Flows::capacity);
		fte(party);
		money(party, "table.societal", Flows::societal);
		if (result.settlement().perYear()) {
			rounded(text("table.settlement"), party.years().stream().mapToDouble(PartyYear::settlement).toArray());
			rounded(text("table.netAfterSettlement"),
					party.years().stream().mapToDouble(PartyYear::netAfterSettlement).toArray());
		}
		line("");
		line("  " + text("table.pv", euros(party.pv().net()), euros(party.pv().capacity()),
				euros(party.pv().societal())));
		long settlement = Math.round(party.settlement());
		String key = settlement > 0 ? "table.receives" : settlement < 0 ? "table.pays" : "table.settlesNothing";
		line("  " + text(key, euros(Math.abs(party.settlement())), euros(party.netAfterSettlement())));
	}

	private void steady(String label, double current, double future) {
		row(text(label), List.of(euros(current), euros(future)));
	}

	/** A money row per year with its total, signed as in the result (a cost or a change as it is). */
	private void money(PartyResult party, String label, ToDoubleFunction<Flows> field) {
		rounded(text(label), party.years().stream().mapToDouble(y -> field.applyAsDouble(y.flows())).toArray());
	}

	/** Released FTE (hours no longer needed over hours per FTE), in tenths that add up to the total. */
	private void fte(PartyResult party) {
		long[] tenths = Amounts.roundAddingUp(
				party.years().stream().mapToDouble(y -> -y.flows().hoursChange() / c.hoursPerFte() * 10).toArray());
		List<String> cells = new ArrayList<>();
		long total = 0;
		for (long t : tenths) {
			cells.add(Amounts.number(t / 10.0, 1, locale));
			total += t;
		}
		cells.add(Amounts.number(total / 10.0, 1, locale));
		row(text("table.fte"), cells);
	}

	private void rounded(String label, double[] values) {
		long[] rounded = Amounts.roundAddingUp(values);
		List<String> cells = new ArrayList<>();
		long total = 0;
		for (long v : rounded) {
			cells.add(Amounts.euros(v, locale));
			total += v;
		}
		cells.add(Amounts.euros(total, locale));
		row(label, cells);
	}

	private void settlement(SettlementResult s) {
		line("");
		line(text("table.settlementHeading", text("method." + s.method()), text("basis." + s.basis())));
		line("  " + text("explain." + s.method()));
		if (s.payments().isEmpty()) {
			line("  " + text("table.noPayments"));
		}
		for (Payment payment : s.payments()) {
			line("  " + text("table.payment", name(payment.from()), name(payment.to()),
					Amounts.eurosAndCents(payment.cents(), locale)));
		}
		CoreCheck core = s.core();
		if (!core.checked()) {
			line("  " + text("core.notChecked"));
		} else if (core.stable()) {
			line("  " + text("core.stable"));
		} else {
			line("  " + text("core.unstable", String.join(", ", core.coalition().stream().map(this::name).toList()),
					euros(core.shortfall())));
		}
	}

	private String name(String partyId) {
		return result.parties().stream().filter(p -> p.id().equals(partyId)).map(PartyResult::name).findFirst()
				.orElse(partyId);
	}

	private String euros(double value) {
		return Amounts.euros(Math.round(value), locale);
	}

	private void row(String label, List<String> cells) {
		StringBuilder row = new StringBuilder("  ").append(label);
		row.append(" ".repeat(Math.max(1, LABEL - label.length())));
		for (String cell : cells) {
			row.append(" ".repeat(Math.max(1, COLUMN - cell.length()))).append(cell);
		}
		line(row.toString());
	}

	private String text(String key, Object... args) {
		return Texts.get(locale, key, args);
	}

	private void line(String text) {
		out.append(text).append('\n');
	}
}
