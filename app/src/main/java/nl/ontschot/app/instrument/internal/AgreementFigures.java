package nl.ontschot.app.instrument.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.ontschot.app.cases.ArrangementForms;
import nl.ontschot.app.instrument.FieldViews;
import nl.ontschot.app.instrument.internal.Figures.Money;
import nl.ontschot.engine.report.ArrangementReport;
import nl.ontschot.engine.report.Report;
import nl.ontschot.engine.report.SideBySide;
import nl.ontschot.engine.result.ArrangementResult;
import nl.ontschot.engine.result.CalculationResult;
import nl.ontschot.engine.text.Amounts;
import tools.jackson.databind.JsonNode;

/**
 * The figures of the arrangements and scenarios pages: each arrangement's payments per party per year, the pv
 * net per party with no arrangement and with each alone, and the scenarios side by side, as tables and charts.
 */
@Component
public class AgreementFigures {

	private final MessageSource messages;
	private final Charts charts;
	private final FieldViews fields;

	public AgreementFigures(MessageSource messages, Charts charts, FieldViews fields) {
		this.messages = messages;
		this.charts = charts;
		this.fields = fields;
	}

	/** One arrangement: its title, what its type means, its terms, and what it pays per party per year. */
	public record ArrangementView(String id, int index, String title, String type, String explanation,
			List<FieldView> fields, Table payments, String condition, String irr) {
	}

	/** Every arrangement of the case with its terms as fields and its payments. */
	public List<ArrangementView> arrangements(JsonNode document, Report report, CalculationResult result, Locale locale) {
		List<ArrangementReport> shown = report.arrangements();
		List<ArrangementView> views = new ArrayList<>();
		JsonNode lines = document.path("arrangements");
		for (int i = 0; i < lines.size(); i++) {
			JsonNode line = lines.get(i);
			String lineId = line.path("id").asString();
			String type = line.path("type").asString();
			String at = "arrangements[" + i + "].";
			List<FieldView> form = ArrangementForms.fields(line).stream()
					.map(f -> fields.field(document, at + f, locale)).toList();
			Optional<ArrangementResult> paid = result.arrangements().stream()
					.filter(a -> a.id().equals(lineId)).findFirst();
			views.add(new ArrangementView(lineId, i, line.path("name").asString(lineId),
					text("choice." + type, locale), text("afspraken.explain." + type, locale), form,
					shown.stream().filter(a -> a.id().equals(lineId)).findFirst()
							.map(a -> payments(a, result.years(), locale)).orElse(Table.EMPTY),
					paid.flatMap(a -> a.conditionMet()).map(met -> text(met ? "afspraken.conditionMet"
							: "afspraken.conditionNotMet", locale)).orElse(""),
					paid.map(a -> a.investorIrr().isPresent() ? text("afspraken.irr", locale,
							Amounts.percent(a.investorIrr().getAsDouble(), locale))
							: type.equals("IMPACT_BOND") ? text("afspraken.noIrr", locale) : "").orElse("")));
		}
		return views;
	}

	/** A table: its column headers (the first names the rows) and its rows. */
	public record Table(List<String> headers, List<Row> rows) {

		public static final Table EMPTY = new Table(List.of(), List.of());

		public boolean isEmpty() {
			return rows.isEmpty();
		}
	}

	record Row(String name, List<Money> cells) {
	}

	/** A comparison as a table and as a chart with the same figures. */
	public record Compared(Table table, Charts.Chart chart) {
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	/**
	 * What an arrangement pays per party per year (receiving positive) and its present value, as the report
	 * has it: each year rounded on its own, the row's total the sum of what it shows. Parties it does not touch
	 * are left out.
	 */
	Table payments(ArrangementReport arrangement, List<Integer> years, Locale locale) {
		List<String> headers = new ArrayList<>(List.of(text("summary.party", locale)));
		years.forEach(y -> headers.add(Integer.toString(y)));
		headers.add(text("afspraken.total", locale));
		headers.add(text("afspraken.pv", locale));
		List<Row> rows = new ArrayList<>();
		for (ArrangementReport.Payments party : arrangement.parties()) {
			List<Money> cells = new ArrayList<>();
			party.years().forEach(v -> cells.add(Money.euros(v, locale)));
			cells.add(Money.euros(party.total(), locale));
			cells.add(Money.euros(party.presentValue(), locale));
			rows.add(new Row(party.name(), cells));
		}
		return new Table(headers, rows);
	}

	/** The pv net per party with no arrangement and with each arrangement alone (6.9), without settlement. */
	public Compared comparison(Report report, Locale locale) {
		return compared("arrangements", text("afspraken.chart", locale), text("afspraken.chartText", locale),
				report.comparison(), locale);
	}

	/** Per party the net after settlement of the plan and of each scenario (6.9), in the settlement's basis. */
	public Table scenariosAfterSettlement(Report report, Locale locale) {
		return table(report.scenarios().afterSettlement(), locale);
	}

	/** Per party the pv net of the plan and of each scenario (6.9). */
	public Compared scenarios(Report report, Locale locale) {
		return compared("scenarios", text("scenarios.chart", locale), text("scenarios.chartText", locale),
				report.scenarios().pvNet(), locale);
	}

	private Compared compared(String id, String title, String description, SideBySide figures, Locale locale) {
		Table table = table(figures, locale);
		List<String> names = figures.parties().stream().map(SideBySide.Line::name).toList();
		List<double[]> values = figures.parties().stream()
				.map(p -> p.exact().stream().mapToDouble(Double::doubleValue).toArray()).toList();
		Charts.Chart chart = charts.bars(id, title, description, names, values,
				table.headers().subList(1, table.headers().size()).toArray(String[]::new), locale);
		return new Compared(table, chart);
	}

	/** The model's parties side by side, with the total of what each column shows. */
	private Table table(SideBySide figures, Locale locale) {
		List<String> headers = new ArrayList<>(List.of(text("summary.party", locale)));
		figures.columns().forEach(c -> headers.add(switch (c.kind()) {
			case PLAN -> text("scenarios.plan", locale);
			case NO_ARRANGEMENT -> text("afspraken.none", locale);
			case SCENARIO, ARRANGEMENT -> c.name();
			case METHOD -> text("method." + c.id(), locale);
		}));
		List<Row> rows = new ArrayList<>();
		for (SideBySide.Line party : figures.parties()) {
			rows.add(new Row(party.name(), party.values().stream().map(v -> Money.euros(v, locale)).toList()));
		}
		rows.add(new Row(text("summary.total", locale), figures.totals().stream().map(t -> Money.euros(t, locale))
				.toList()));
		return new Table(headers, rows);
	}
}