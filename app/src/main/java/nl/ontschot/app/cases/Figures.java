package nl.ontschot.app.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.ontschot.engine.model.Case;
import nl.ontschot.engine.model.Party;
import nl.ontschot.engine.model.SettlementMethod;
import nl.ontschot.engine.result.CalculationResult;
import nl.ontschot.engine.result.CoreCheck;
import nl.ontschot.engine.result.DomainShare;
import nl.ontschot.engine.result.Flows;
import nl.ontschot.engine.result.PartyResult;
import nl.ontschot.engine.result.Payment;
import nl.ontschot.engine.calculation.Calculator;
import nl.ontschot.engine.text.Amounts;

/**
 * The figures of a case as people read them: Dutch notation, whole euros, and every row and column rounded
 * so that the shown parts add up to the shown total.
 */
@Component
class Figures {

	private final MessageSource messages;

	Figures(MessageSource messages) {
		this.messages = messages;
	}

	/** An amount as shown, and whether it is below zero (shown in its own style, never by colour alone). */
	record Money(String text, boolean negative) {
	}

	record Row(String label, List<Money> cells) {
	}

	record SummaryLine(String name, Money net, Money afterSettlement) {
	}

	record Summary(List<SummaryLine> parties, Money total, String method, String basis) {
	}

	record PartyOverview(String id, String name, String type, List<Row> rows, List<Row> steadyState,
			List<Row> domains, List<String> notes) {
	}

	record Overview(List<String> years, List<PartyOverview> parties, Row totalNet, List<String> warnings) {
	}

	record MethodColumn(String method, String name, String explanation, boolean chosen) {
	}

	record Comparison(List<MethodColumn> methods, List<Row> parties, List<String> payments, String core,
			String chosenName) {
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	private static List<Money> rounded(double[] values, Locale locale, boolean withTotal) {
		long[] whole = Amounts.roundAddingUp(values);
		List<Money> cells = new ArrayList<>();
		long total = 0;
		for (long v : whole) {
			cells.add(new Money(Amounts.euros(v, locale), v < 0));
			total += v;
		}
		if (withTotal) {
			cells.add(new Money(Amounts.euros(total, locale), total < 0));
		}
		return cells;
	}

	private static Money money(double value, Locale locale) {
		long v = Math.round(value);
		return new Money(Amounts.euros(v, locale), v < 0);
	}

	/** Per party its net and its net after settlement, in the settlement's basis; the column adds up. */
	Summary summary(CalculationResult result, Locale locale) {
		List<PartyResult> parties = result.parties();
		double[] before = parties.stream().mapToDouble(p -> p.netAfterSettlement() - p.settlement()).toArray();
		double[] after = parties.stream().mapToDouble(PartyResult::netAfterSettlement).toArray();
		List<Money> net = rounded(before, locale, true);
		List<Money> settled = rounded(after, locale, false);
		List<SummaryLine> lines = new ArrayList<>();
		for (int i = 0; i < parties.size(); i++) {
			lines.add(new SummaryLine(parties.get(i).name(), net.get(i), settled.get(i)));
		}
		return new Summary(lines, net.get(parties.size()), text("method." + result.settlement().method(), locale),
				text("basis." + result.settlement().basis(), locale));
	}

	Overview overview(Case c, CalculationResult result, Locale locale) {
		List<String> years = new ArrayList<>(result.years().stream().map(String::valueOf).toList());
		years.add(text("overview.total", locale));
		List<PartyOverview> parties = new ArrayList<>();
		double[] totalNet = new double[result.years().size()];
		for (PartyResult p : result.parties()) {
			Party party = c.parties().stream().filter(q -> q.id().equals(p.id())).findFirst().orElseThrow();
			List<Row> rows = new ArrayList<>();
			rows.add(row(p, "overview.incidentalCosts", Flows::incidentalCosts, locale));
			rows.add(row(p, "overview.structuralCosts", Flows::structuralCosts, locale));
			rows.add(row(p, "overview.itemBenefits", Flows::itemBenefits, locale));
			rows.add(row(p, "overview.revenueChange", Flows::revenueChange, locale));
			rows.add(row(p, "overview.operatingCostChange", Flows::operatingCostChange, locale));
			rows.add(row(p, "overview.expenseChange", Flows::expenseChange, locale));
			rows.add(row(p, "overview.net", Flows::net, locale));
			rows.add(row(p, "overview.capacity", Flows::capacity, locale));
			rows.add(new Row(text("overview.hours", locale), numbers(p.years().stream()
					.mapToDouble(y -> -y.flows().hoursChange()).toArray(), 1, 0, locale)));
			rows.add(new Row(text("overview.fte", locale), numbers(p.years().stream()
					.mapToDouble(y -> -y.flows().hoursChange() / c.hoursPerFte()).toArray(), 10, 1, locale)));
			rows.add(row(p, "overview.societal", Flows::societal, locale));
			for (int t = 0; t < totalNet.length; t++) {
				totalNet[t] += p.years().get(t).flows().net();
			}
			var s = p.steadyState();
			List<Row> steady = List.of(
					new Row(text("overview.steady.expense", locale),
							List.of(money(s.current().expense(), locale), money(s.future().expense(), locale))),
					new Row(text("overview.steady.revenue", locale),
							List.of(money(s.current().revenue(), locale), money(s.future().revenue(), locale))),
					new Row(text("overview.steady.operatingCost", locale), List.of(money(s.current().operatingCost(),
							locale), money(s.future().operatingCost(), locale))),
					new Row(text("overview.steady.hours", locale), List.of(
							new Money(Amounts.number(s.current().hours(), 0, locale), false),
							new Money(Amounts.number(s.future().hours(), 0, locale), false))),
					new Row(text("overview.steady.structuralItemCosts", locale),
							List.of(new Money("", false), money(s.structuralItemCosts(), locale))),
					new Row(text("overview.steady.structuralItemBenefits", locale),
							List.of(new Money("", false), money(s.structuralItemBenefits(), locale))));
			List<String> notes = List.of(
					text("overview.pv", locale, money(p.pv().net(), locale).text(), money(p.pv().capacity(), locale)
							.text(), money(p.pv().societal(), locale).text()),
					text(Math.round(p.settlement()) > 0 ? "overview.receives"
							: Math.round(p.settlement()) < 0 ? "overview.pays" : "overview.settlesNothing", locale,
							money(Math.abs(p.settlement()), locale).text(), money(p.netAfterSettlement(), locale).text()));
			parties.add(new PartyOverview(p.id(), p.name(), text("choice." + party.type(), locale), rows, steady,
					domains(result, p.id(), locale), notes));
		}
		Row total = new Row(text("overview.totalNet", locale), rounded(totalNet, locale, true));
		return new Overview(years, parties, total,
				result.warnings().stream().map(w -> w.line(locale)).toList());
	}

	/** The party's net per financing domain, nominal and at present value; each column adds up to its net. */
	private List<Row> domains(CalculationResult result, String party, Locale locale) {
		List<DomainShare> shares = result.byDomain().stream().filter(d -> d.party().equals(party)).toList();
		List<Money> nominal = rounded(shares.stream().mapToDouble(DomainShare::nominal).toArray(), locale, true);
		List<Money> present = rounded(shares.stream().mapToDouble(DomainShare::presentValue).toArray(), locale, true);
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i <= shares.size(); i++) {
			String label = i == shares.size() ? text("overview.total", locale)
					: shares.get(i).domain().map(d -> text("choice." + d, locale))
							.orElse(text("overview.noDomain", locale));
			rows.add(new Row(label, List.of(nominal.get(i), present.get(i))));
		}
		return rows;
	}

	private Row row(PartyResult p, String label, ToDoubleFunction<Flows> field, Locale locale) {
		return new Row(text(label, locale),
				rounded(p.years().stream().mapToDouble(y -> field.applyAsDouble(y.flows())).toArray(), locale, true));
	}

	/** Numbers per year and their total, rounded in steps of 1/scale so that they add up. */
	private static List<Money> numbers(double[] values, int scale, int decimals, Locale locale) {
		double[] scaled = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			scaled[i] = values[i] * scale;
		}
		long[] whole = Amounts.roundAddingUp(scaled);
		List<Money> cells = new ArrayList<>();
		long total = 0;
		for (long v : whole) {
			cells.add(new Money(Amounts.number(v / (double) scale, decimals, locale), v < 0));
			total += v;
		}
		cells.add(new Money(Amounts.number(total / (double) scale, decimals, locale), total < 0));
		return cells;
	}

	/** Every settlement method side by side for this case, with the chosen one's payments and core check. */
	Comparison comparison(Case c, Locale locale) {
		SettlementMethod chosen = c.settlement().method();
		List<MethodColumn> methods = new ArrayList<>();
		List<double[]> finals = new ArrayList<>();
		CalculationResult chosenResult = null;
		for (SettlementMethod method : SettlementMethod.values()) {
			CalculationResult result = Calculator.calculate(c.withSettlement(c.settlement().withMethod(method)));
			methods.add(new MethodColumn(method.name(), text("method." + method, locale),
					text("explain." + method, locale), method == chosen));
			finals.add(result.parties().stream().mapToDouble(PartyResult::netAfterSettlement).toArray());
			if (method == chosen) {
				chosenResult = result;
			}
		}
		List<List<Money>> columns = finals.stream().map(v -> rounded(v, locale, true)).toList();
		List<Row> rows = new ArrayList<>();
		int n = c.parties().size();
		for (int i = 0; i <= n; i++) {
			List<Money> cells = new ArrayList<>();
			for (List<Money> column : columns) {
				cells.add(column.get(i));
			}
			rows.add(new Row(i < n ? c.parties().get(i).name() : text("overview.total", locale), cells));
		}
		List<String> payments = new ArrayList<>();
		for (Payment payment : chosenResult.settlement().payments()) {
			payments.add(text("settlement.payment", locale, name(c, payment.from()), name(c, payment.to()),
					Amounts.eurosAndCents(payment.cents(), locale)));
		}
		CoreCheck core = chosenResult.settlement().core();
		String coreText = !core.checked() ? text("core.notChecked", locale)
				: core.stable() ? text("core.stable", locale)
						: text("core.unstable", locale,
								String.join(", ", core.coalition().stream().map(id -> name(c, id)).toList()),
								money(core.shortfall(), locale).text());
		return new Comparison(methods, rows, payments, coreText, text("method." + chosen, locale));
	}

	private static String name(Case c, String partyId) {
		return c.parties().stream().filter(p -> p.id().equals(partyId)).map(Party::name).findFirst().orElse(partyId);
	}
}
