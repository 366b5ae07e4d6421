package nl.ontschot.app.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.ontschot.app.cases.Figures.Money;
import nl.ontschot.engine.report.ArrangementReport;
import nl.ontschot.engine.report.Report;
import nl.ontschot.engine.report.Unit;
import nl.ontschot.engine.result.ArrangementResult;
import nl.ontschot.engine.result.CalculationResult;
import nl.ontschot.engine.result.Comparison;
import nl.ontschot.engine.result.PartyResult;
import nl.ontschot.engine.result.ScenarioResult;
import nl.ontschot.engine.text.Amounts;
import tools.jackson.databind.JsonNode;

/**
 * The figures of the arrangements and scenarios pages: each arrangement's payments per party per year, the pv
 * net per party with no arrangement and with each alone, and the scenarios side by side, as tables and charts.
 */
@Component
class AgreementFigures {

	private final MessageSource messages;
	private final Charts charts;
	private final FieldViews fields;

	AgreementFigures(MessageSource messages, Charts charts, FieldViews fields) {
		this.messages = messages;
		this.charts = charts;
		this.fields = fields;
	}

	/** One arrangement: its title, what its type means, its terms, and what it pays per party per year. */
	record ArrangementView(String id, int index, String title, String type, String explanation,
			List<FieldView> fields, Table payments, String condition, String irr) {
	}

	/** Every arrangement of the case with its terms as fields and its payments. */
	List<ArrangementView> arrangements(JsonNode document, Report report, CalculationResult result, Locale locale) {
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
	record Table(List<String> headers, List<Row> rows) {

		static final Table EMPTY = new Table(List.of(), List.of());

		public boolean isEmpty() {
			return rows.isEmpty();
		}
	}

	record Row(String name, List<Money> cells) {
	}

	/** A comparison as a table and as a chart with the same figures. */
	record Compared(Table table, Charts.Chart chart) {
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
	Compared comparison(CalculationResult result, Locale locale) {
		List<Comparison> comparisons = result.arrangementComparison();
		List<String> series = new ArrayList<>();
		for (Comparison c : comparisons) {
			series.add(c.id().equals("none") ? text("afspraken.none", locale) : name(result, c.id()));
		}
		return compared("arrangements", text("afspraken.chart", locale), text("afspraken.chartText", locale),
				result, series, comparisons.stream().map(Comparison::parties).toList(), locale);
	}

	/** Per party the net after settlement of the plan and of each scenario (6.9), in the settlement's basis. */
	Table scenariosAfterSettlement(CalculationResult result, Locale locale) {
		List<String> headers = new ArrayList<>(List.of(text("summary.party", locale)));
		result.scenarios().forEach(s -> headers.add(s.id().equals("base") ? text("scenarios.plan", locale)
				: s.name().orElse(s.id())));
		List<Row> rows = new ArrayList<>();
		long[] totals = new long[result.scenarios().size()];
		for (PartyResult party : result.parties()) {
			List<Money> cells = new ArrayList<>();
			for (int c = 0; c < totals.length; c++) {
				long shown = Unit.EURO.round(result.scenarios().get(c).parties().get(party.id()).netAfterSettlement());
				cells.add(Money.euros(shown, locale));
				totals[c] += shown;
			}
			rows.add(new Row(party.name(), cells));
		}
		rows.add(new Row(text("summary.total", locale), LongStream.of(totals).mapToObj(t -> Money.euros(t, locale))
				.toList()));
		return new Table(headers, rows);
	}

	/** Per party the pv net of the plan and of each scenario (6.9). */
	Compared scenarios(CalculationResult result, Locale locale) {
		List<String> series = new ArrayList<>();
		List<Map<String, Double>> columns = new ArrayList<>();
		if (result.scenarios().isEmpty()) {
			series.add(text("scenarios.plan", locale));
			columns.add(result.parties().stream().collect(Collectors.toMap(PartyResult::id, p -> p.pv().net(),
					(a, b) -> a, LinkedHashMap::new)));
		}
		for (ScenarioResult s : result.scenarios()) {
			// the result names the case's own values "base" (6.9)
			series.add(s.id().equals("base") ? text("scenarios.plan", locale) : s.name().orElse(s.id()));
			columns.add(s.parties().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
					e -> e.getValue().pvNet(), (a, b) -> a, LinkedHashMap::new)));
		}
		return compared("scenarios", text("scenarios.chart", locale), text("scenarios.chartText", locale), result,
				series, columns, locale);
	}

	private Compared compared(String id, String title, String description, CalculationResult result,
			List<String> series, List<Map<String, Double>> columns, Locale locale) {
		List<String> headers = new ArrayList<>(List.of(text("summary.party", locale)));
		headers.addAll(series);
		List<Row> rows = new ArrayList<>();
		List<String> names = new ArrayList<>();
		List<double[]> values = new ArrayList<>();
		// the report's rule: each value on its own, a column's total the sum of what it shows (ADR 17)
		long[] totals = new long[columns.size()];
		for (PartyResult party : result.parties()) {
			double[] v = new double[columns.size()];
			List<Money> cells = new ArrayList<>();
			for (int c = 0; c < columns.size(); c++) {
				v[c] = columns.get(c).getOrDefault(party.id(), 0.0);
				long shown = Unit.EURO.round(v[c]);
				cells.add(Money.euros(shown, locale));
				totals[c] += shown;
			}
			rows.add(new Row(party.name(), cells));
			names.add(party.name());
			values.add(v);
		}
		rows.add(new Row(text("summary.total", locale), LongStream.of(totals).mapToObj(t -> Money.euros(t, locale))
				.toList()));
		Charts.Chart chart = charts.bars(id, title, description, names, values, series.toArray(String[]::new),
				locale);
		return new Compared(new Table(headers, rows), chart);
	}

	private static String name(CalculationResult result, String arrangementId) {
		return result.arrangements().stream().filter(a -> a.id().equals(arrangementId)).map(ArrangementResult::name)
				.filter(n -> !n.isEmpty()).findFirst().orElse(arrangementId);
	}
}