package nl.ontschot.app.instrument.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.ontschot.engine.Notice;
import nl.ontschot.engine.calculation.PreparedCase;
import nl.ontschot.engine.model.Case;
import nl.ontschot.engine.model.Domain;
import nl.ontschot.engine.model.Party;
import nl.ontschot.engine.model.SettlementMethod;
import nl.ontschot.engine.model.ValueBasis;
import nl.ontschot.engine.report.DomainRow;
import nl.ontschot.engine.report.Domains;
import nl.ontschot.engine.report.Figure;
import nl.ontschot.engine.report.Matrix.MatrixRow;
import nl.ontschot.engine.report.MethodComparison;
import nl.ontschot.engine.report.PartyReport;
import nl.ontschot.engine.report.Report;
import nl.ontschot.engine.report.SideBySide;
import nl.ontschot.engine.result.CalculationResult;
import nl.ontschot.engine.result.CoreCheck;
import nl.ontschot.engine.result.Payment;
import nl.ontschot.engine.text.Amounts;

/**
 * The figures of a case as people read them: Dutch notation, whole euros, and every row and column rounded
 * so that the shown parts add up to the shown total.
 */
@Component
public class Figures {

	private final MessageSource messages;

	public Figures(MessageSource messages) {
		this.messages = messages;
	}

	/** An amount as shown, and whether it is below zero (shown in its own style, never by colour alone). */
	record Money(String text, boolean negative) {

		/** Whole euros. */
		static Money euros(long euros, Locale locale) {
			return new Money(Amounts.euros(euros, locale), euros < 0);
		}

		/** An amount rounded to whole euros. */
		static Money euros(double amount, Locale locale) {
			return euros(Math.round(amount), locale);
		}
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

	/** Parties by net, capacity, after settlement and net per domain, all in the settlement's basis. */
	record Matrix(String basis, List<String> columns, List<Row> rows) {
	}

	public record Overview(List<String> years, Matrix matrix, List<PartyOverview> parties, Row totalNet,
			List<String> warnings) {
	}

	record MethodColumn(String method, String name, String explanation, boolean chosen) {
	}

	/**
	 * The methods side by side (the chosen one first, so that it is never the column cut off), the chosen one's
	 * payments with what they are worth and when they are due, its yearly schedule when it settles per year,
	 * and its core check with advice when a group would be better off alone.
	 */
	record Comparison(List<MethodColumn> methods, List<Row> parties, List<String> payments, String paymentTerms,
			Schedule schedule, String core, List<String> advice, String chosenName) {
	}

	/** Per party what it receives (positive) or pays each year, nominal, due at the end of that year. */
	record Schedule(List<String> years, List<Row> rows) {
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	/** Per party its net and its net after settlement, in the settlement's basis, as the report's matrix has them. */
	public Summary summary(Report report, CalculationResult result, Locale locale) {
		nl.ontschot.engine.report.Matrix matrix = report.matrix();
		List<SummaryLine> lines = matrix.rows().stream().map(r -> new SummaryLine(r.party(),
				Money.euros(r.net(), locale), Money.euros(r.afterSettlement(), locale))).toList();
		return new Summary(lines, Money.euros(matrix.total().net(), locale),
				text("method." + result.settlement().method(), locale),
				text("basis." + result.settlement().basis(), locale));
	}

	/** The overview of a calculated case, from its report (the rows every output shows, rounded once). */
	public Overview overview(PreparedCase prepared, CalculationResult result, Report report, Locale locale) {
		Case c = prepared.source();
		List<String> years = new ArrayList<>(result.years().stream().map(String::valueOf).toList());
		years.add(text("overview.total", locale));
		List<PartyOverview> parties = new ArrayList<>();
		for (PartyReport p : report.parties()) {
			List<Row> rows = p.rows().stream().map(r -> {
				List<Money> cells = new ArrayList<>();
				for (int t = 0; t < r.years().size(); t++) {
					cells.add(new Money(r.text(t, locale), r.years().get(t) < 0));
				}
				cells.add(new Money(r.totalText(locale), r.total() < 0));
				return new Row(r.figure().label(locale), cells);
			}).toList();
			List<Row> steady = p.steady().stream().map(r -> new Row(r.figure().label(locale), List.of(
					new Money(r.currentText(locale), r.current().orElse(0) < 0),
					new Money(r.futureText(locale), r.future() < 0)))).toList();
			List<String> notes = List.of(
					text("overview.pv", locale, Amounts.euros(p.pvNet(), locale), Amounts.euros(p.pvCapacity(), locale),
							Amounts.euros(p.pvSocietal(), locale)),
					text(p.settlement() > 0 ? "overview.receives"
							: p.settlement() < 0 ? "overview.pays" : "overview.settlesNothing", locale,
							Amounts.euros(Math.abs(p.settlement()), locale), Amounts.euros(p.netAfterSettlement(), locale)),
					p.paybackYear().isPresent()
							? text("overview.paybackYear", locale, String.valueOf(p.paybackYear().getAsInt()))
							: text("overview.noPayback", locale));
			parties.add(new PartyOverview(p.id(), p.name(), text("choice." + p.type(), locale), rows, steady,
					domains(p.domains(), locale), notes));
		}
		List<Money> totalNet = new ArrayList<>(report.totalNet().years().stream().map(v -> Money.euros(v, locale))
				.toList());
		totalNet.add(Money.euros(report.totalNet().total(), locale));
		Row total = new Row(text("overview.totalNet", locale), totalNet);
		return new Overview(years, matrix(report.matrix(), locale), parties, total,
				result.warnings().stream().map(w -> warning(w, c, locale)).toList());
	}

	/**
	 * The overview at a glance: per party its net, capacity, net after settlement and net per financing domain,
	 * in the settlement's basis, as the report's matrix has them.
	 */
	private Matrix matrix(nl.ontschot.engine.report.Matrix matrix, Locale locale) {
		List<String> columns = new ArrayList<>(List.of(text("matrix.net", locale), text("matrix.capacity", locale),
				text("matrix.after", locale)));
		matrix.domains().forEach(d -> columns.add(domainName(d, locale)));
		List<Row> rows = new ArrayList<>();
		for (MatrixRow r : matrix.rows()) {
			rows.add(matrixRow(r.party(), r, locale));
		}
		rows.add(matrixRow(text("overview.total", locale), matrix.total(), locale));
		return new Matrix(text("basis." + matrix.basis(), locale), columns, rows);
	}

	private static Row matrixRow(String label, MatrixRow r, Locale locale) {
		List<Money> cells = new ArrayList<>(List.of(Money.euros(r.net(), locale), Money.euros(r.capacity(), locale),
				Money.euros(r.afterSettlement(), locale)));
		r.domains().forEach(v -> cells.add(Money.euros(v, locale)));
		return new Row(label, cells);
	}

	private String domainName(Optional<Domain> domain, Locale locale) {
		return domain.map(x -> text("choice." + x, locale)).orElse(text("overview.noDomain", locale));
	}

	private String warning(Notice warning, Case c, Locale locale) {
		String id = warning.path().substring(warning.path().indexOf('.') + 1);
		return switch (warning.key()) {
			case "warning.categoryNotCounted" -> c.items().stream().filter(i -> i.id().equals(id)).findFirst()
					.map(i -> text("warning.notCounted", locale, text("warning.item." + i.type(), locale, i.name()),
							text("choice." + i.category(), locale),
							text("field.includedCategories", locale).replaceAll("\\?$", "")))
					.orElseGet(() -> warning.message(locale));
			case "warning.noPositiveBenefit" -> c.allocationKeys().stream().filter(k -> k.id().equals(id))
					.findFirst().map(k -> text("warning.equalShares", locale, k.name().isEmpty() ? k.id() : k.name()))
					.orElseGet(() -> warning.message(locale));
			default -> warning.message(locale);
		};
	}

	/** The party's net per financing domain, nominal and at present value; each column adds up to its net. */
	private List<Row> domains(Domains domains, Locale locale) {
		List<Row> rows = new ArrayList<>();
		for (DomainRow d : domains.rows()) {
			rows.add(new Row(domainName(d.domain(), locale), List.of(Money.euros(d.nominal(), locale),
					Money.euros(d.presentValue(), locale))));
		}
		rows.add(new Row(text("overview.total", locale), List.of(Money.euros(domains.nominal(), locale),
				Money.euros(domains.presentValue(), locale))));
		return rows;
	}

	/** The settlement's figures: the methods compared, the payments of the chosen one and its core check. */
	public Comparison comparison(PreparedCase prepared, CalculationResult chosenResult, Report report, Locale locale) {
		Case c = prepared.source();
		MethodComparison compared = MethodComparison.of(prepared, chosenResult, report);
		List<MethodColumn> methods = new ArrayList<>();
		List<String> stable = new ArrayList<>();
		for (int m = 0; m < compared.methods().size(); m++) {
			SettlementMethod method = compared.methods().get(m);
			methods.add(new MethodColumn(method.name(), text("method." + method, locale),
					text("explain." + method, locale), m == 0));
			if (m > 0 && compared.stable().get(m)) {
				stable.add(text("method." + method, locale));
			}
		}
		List<Row> rows = new ArrayList<>();
		for (SideBySide.Line party : compared.afterSettlement().parties()) {
			rows.add(new Row(party.name(), party.values().stream().map(v -> Money.euros(v, locale)).toList()));
		}
		rows.add(new Row(text("overview.total", locale), compared.afterSettlement().totals().stream()
				.map(v -> Money.euros(v, locale)).toList()));
		List<String> payments = new ArrayList<>();
		for (Payment payment : chosenResult.settlement().payments()) {
			payments.add(text("settlement.payment", locale, name(c, payment.from()), name(c, payment.to()),
					Amounts.eurosAndCents(payment.cents(), locale)));
		}
		CoreCheck core = chosenResult.settlement().core();
		String coreText = !core.checked() ? text("core.notChecked", locale)
				: core.stable() ? text("core.stable", locale)
						: text("core.betterOffWithout", locale,
								String.join(", ", core.coalition().stream().map(id -> name(c, id)).toList()),
								Money.euros(core.shortfall(), locale).text());
		List<String> advice = new ArrayList<>();
		if (core.checked() && !core.stable()) {
			advice.add(stable.isEmpty() ? text("core.noStableMethod", locale)
					: text("core.tryMethod", locale, String.join(", ", stable)));
			advice.add(text("core.orGive", locale, Money.euros(core.shortfall(), locale).text()));
		}
		return new Comparison(methods, rows, payments, paymentTerms(prepared, locale),
				c.settlement().perYear() ? schedule(report, locale) : null, coreText, advice,
				text("method." + c.settlement().method(), locale));
	}

	/**
	 * What the payments are worth and when they are due (ADR 0008): once over the horizon, at the end of its
	 * last year; in present value the amount is the value in the start year, and the sentence says so.
	 */
	private String paymentTerms(PreparedCase prepared, Locale locale) {
		Case c = prepared.source();
		int last = c.startYear() + c.horizonYears() - 1;
		String due = "31-12-" + last;
		if (c.settlement().perYear()) {
			return text("settlement.terms.perYear", locale, text("basis." + c.settlement().basis(), locale));
		}
		return c.settlement().basis() == ValueBasis.PV
				? text("settlement.terms.pv", locale, due, String.valueOf(c.startYear()),
						Amounts.percent(prepared.discountRate(), locale))
				: text("settlement.terms.nominal", locale, due);
	}

	/** The settlement per year of the report's parties (their row {@link Figure#SETTLEMENT}). */
	private Schedule schedule(Report report, Locale locale) {
		List<String> years = new ArrayList<>(report.years().stream().map(y -> "31-12-" + y).toList());
		years.add(text("overview.total", locale));
		List<Row> rows = new ArrayList<>();
		for (PartyReport p : report.parties()) {
			nl.ontschot.engine.report.Row settlement = p.rows().stream().filter(r -> r.figure() == Figure.SETTLEMENT)
					.findFirst().orElseThrow();
			List<Money> cells = new ArrayList<>(settlement.years().stream().map(v -> Money.euros(v, locale)).toList());
			cells.add(Money.euros(settlement.total(), locale));
			rows.add(new Row(p.name(), cells));
		}
		return new Schedule(years, rows);
	}

	private static String name(Case c, String partyId) {
		return c.parties().stream().filter(p -> p.id().equals(partyId)).map(Party::name).findFirst().orElse(partyId);
	}
}
