package nl.ontschot.app.instrument;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

import nl.ontschot.app.cases.Conversation;
import nl.ontschot.app.instrument.internal.AgreementFigures;
import nl.ontschot.app.instrument.internal.CaseList;
import nl.ontschot.app.instrument.internal.Charts;
import nl.ontschot.app.instrument.internal.FieldKind;
import nl.ontschot.app.instrument.internal.FieldView;
import nl.ontschot.app.instrument.internal.Figures;
import nl.ontschot.app.instrument.internal.RealisationFigures;
import nl.ontschot.app.instrument.internal.ScenarioTargets;
import nl.ontschot.app.instrument.internal.UncertaintyFigures;
import nl.ontschot.engine.calculation.PreparedCase;
import nl.ontschot.engine.json.CaseJson;
import nl.ontschot.engine.model.Case;
import nl.ontschot.engine.model.Party;
import nl.ontschot.engine.model.SettlementMethod;
import nl.ontschot.engine.report.Report;
import nl.ontschot.engine.report.UncertaintyReport;
import nl.ontschot.engine.result.CalculationResult;
import nl.ontschot.engine.result.UncertaintyResult;
import nl.ontschot.engine.schema.CaseSchema;
import nl.ontschot.engine.text.Amounts;
import tools.jackson.databind.JsonNode;

/**
 * What the steering group's report shows of a case, from the same figures as the pages (the overview's rows,
 * the settlement's comparison and payments, the charts, the arrangements, the conversation) so that the
 * document and the screen never differ. Plain Java: the server and the command line build it alike.
 */
public final class SteeringReport {

	/** Year columns per table: wider horizons continue in a next table with the same rows. */
	static final int YEARS_PER_TABLE = 8;
	/** The parties named among the key risks of the summary, those most likely to lose first. */
	static final int KEY_RISKS = 5;
	static final int CHART_WIDTH_MM = 175;
	/**
	 * The annex's columns of an activity and an item: fields that belong together share a cell ("nu: volume ·
	 * tarief · kostprijs"), so that a line is one row of a landscape page and a thousand lines stay readable
	 * (and quick to lay out).
	 */
	static final List<List<String>> ACTIVITY_COLUMNS = List.of(List.of("name"), List.of("provider"),
			List.of("financier"), List.of("domain"), List.of("basis", "group"),
			List.of("current.volume", "current.tariff", "current.unitCost", "current.hoursPerUnit"),
			List.of("future.volume", "future.tariff", "future.unitCost"), List.of("capacityRelease"));
	static final List<List<String>> ITEM_COLUMNS = List.of(List.of("name"), List.of("type", "nature", "category"),
			List.of("party", "allocation"), List.of("recurrence", "year", "fromYear", "toYear"),
			List.of("amount", "fte", "costPerFte"), List.of("domain"), List.of("basis", "group"));
	/**
	 * The annex lists at most this many lines of a list (activities, items): a thousand lines are some sixty
	 * landscape pages, and ten thousand would take the report a minute to make; the workbook has them all.
	 */
	static final int ANNEX_LINES = 1_000;
	/** The footer's case name at most this long, so that the page number keeps its place. */
	static final int FOOTER_NAME = 60;

	private final MessageSource messages;
	private final Figures figures;
	private final Charts charts;
	private final FieldViews fields;
	private final AgreementFigures agreements;
	private final UncertaintyFigures uncertainties;
	private final RealisationFigures realisations;

	public SteeringReport(MessageSource messages) {
		this.messages = messages;
		this.figures = new Figures(messages);
		this.charts = new Charts(messages);
		this.fields = new FieldViews(messages);
		this.agreements = new AgreementFigures(messages, charts, fields);
		this.uncertainties = new UncertaintyFigures(messages, charts);
		this.realisations = new RealisationFigures(messages, charts, fields);
	}

	/** Where the report's figures came from: the stored version, or a file on the command line. */
	public record Source(String version, LocalDate date) {
	}

	record PartyLine(String name, String type, String contact) {
	}

	/** A party's chance of ending below zero after settlement and the band of 90 % of the draws. */
	record Risk(String party, String chance, String p5, String p95) {
	}

	/** A column of a per-year table: its header and the index of its cells. */
	record Column(String header, int index) {
	}

	/** A list of the case's inputs as a table: its title, its column headers and one row per line. */
	/** A list of the case's inputs as a table; {@code more} says how many lines it leaves out, or is empty. */
	record Inputs(String title, List<String> headers, List<List<String>> rows, String more) {
	}

	record Setting(String label, String value) {
	}

	/** An arrangement as the report shows it: its terms in words, its payments. */
	record ReportArrangement(String title, String type, String explanation, List<Setting> terms,
			AgreementFigures.Table payments, String condition, String irr) {
	}

	/**
	 * The variables of the report's template.
	 *
	 * @param uncertainty the uncertainty (calculation.md 6.8) of a run of this very version, when one finished
	 */
	public Map<String, Object> variables(String document, Source source, Optional<UncertaintyResult> uncertainty,
			Locale locale) {
		JsonNode tree = CaseJson.parse(document);
		PreparedCase prepared = PreparedCase.of(CaseJson.read(tree));
		FieldViews.preparedFrom(tree, prepared);
		Case c = prepared.source();
		CalculationResult result = prepared.calculateWithoutUncertainty();
		Report report = Report.of(prepared, result, uncertainty);
		Figures.Overview overview = figures.overview(prepared, result, report, locale);
		Map<String, Object> v = new LinkedHashMap<>();
		v.put("caseName", c.name());
		v.put("footerName", c.name().length() <= FOOTER_NAME ? c.name()
				: c.name().substring(0, FOOTER_NAME - 1) + "\u2026");
		v.put("description", c.description());
		v.put("version", source.version());
		v.put("date", source.date().format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
		v.put("parties", c.parties().stream().map(p -> new PartyLine(p.name(), text("choice." + p.type(), locale),
				p.contact())).toList());
		v.put("overview", overview);
		v.put("yearTables", yearTables(overview.years()));
		v.put("comparison", figures.comparison(prepared, result, report, locale));
		v.put("risks", report.uncertainty().map(u -> risks(u, locale)).orElse(List.of()));
		v.put("iterations", report.uncertainty().map(u -> Amounts.number(u.iterations(), 0, locale)).orElse(""));
		v.put("arrangementComparison", agreements.comparison(report, locale).table());
		boolean scenarios = report.scenarios().compared();
		v.put("scenarios", scenarios ? agreements.scenarios(report, locale).table() : AgreementFigures.Table.EMPTY);
		v.put("scenariosAfter", scenarios && result.settlement().method() != SettlementMethod.NONE
				? agreements.scenariosAfterSettlement(report, locale) : AgreementFigures.Table.EMPTY);
		v.put("realisation", realisations.outcome(tree, report, result, locale));
		v.put("uncertainty", uncertainty.map(u -> uncertainties.outcome(u, tree, ScenarioTargets.of(tree, fields,
				locale), locale)));
		v.put("charts", charts.all(prepared, result, locale).stream().map(chart -> sized(chart,
				messages.getMessage("report.chart." + chart.id(), null, chart.description(), locale))).toList());
		v.put("settings", settings(tree, locale));
		v.put("assumptions", List.of(inputs(tree, CaseList.PARAMETERS, alone(CaseList.PARAMETERS), locale),
				inputs(tree, CaseList.TARGET_GROUPS, alone(CaseList.TARGET_GROUPS), locale)));
		v.put("arrangements", agreements.arrangements(tree, report, result, locale).stream()
				.map(a -> new ReportArrangement(a.title(), a.type(), a.explanation(), a.fields().stream()
						.map(f -> new Setting(f.label(), fields.shown(f, locale))).toList(), a.payments(), a.condition(),
						a.irr()))
				.toList());
		v.put("conversation", Conversation.read(tree, c.parties().stream()
				.collect(Collectors.toMap(Party::id, Party::name))));
		List<Inputs> annex = new ArrayList<>();
		for (CaseList list : List.of(CaseList.PARTIES, CaseList.ACTIVITIES, CaseList.ITEMS, CaseList.ALLOCATION_KEYS,
				CaseList.SCENARIOS)) {
			annex.add(inputs(tree, list, list == CaseList.ITEMS ? ITEM_COLUMNS
					: list == CaseList.ACTIVITIES ? ACTIVITY_COLUMNS : alone(list), locale));
		}
		annex.add(actuals(tree, locale));
		annex.add(uncertain(tree, locale));
		v.put("annex", annex.stream().filter(i -> !i.rows().isEmpty()).toList());
		v.put("lang", locale.getLanguage());
		v.put("title", text("report.title", locale, c.name()));
		return v;
	}

	/** A chart as the report shows it: its picture sized to the page's width (the pages let the browser size it). */
	record ReportChart(String title, String description, String svg) {
	}

	private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");

	/** The chart at {@link #CHART_WIDTH_MM} wide, its height in proportion. */
	static ReportChart sized(Charts.Chart chart, String description) {
		Matcher box = VIEW_BOX.matcher(chart.svg());
		String svg = chart.svg();
		if (box.find()) {
			double height = CHART_WIDTH_MM * Double.parseDouble(box.group(2)) / Double.parseDouble(box.group(1));
			// alt: what a reader of the tagged PDF hears instead of the picture
			svg = "<svg width=\"%smm\" height=\"%smm\" alt=\"%s\" ".formatted(CHART_WIDTH_MM,
					String.format(Locale.ROOT, "%.1f", height), HtmlUtils.htmlEscape(description, "UTF-8"))
					+ svg.substring("<svg ".length());
		}
		return new ReportChart(chart.title(), description, svg);
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	/** The year columns (and the total as the last) in tables of at most {@link #YEARS_PER_TABLE} columns. */
	static List<List<Column>> yearTables(List<String> headers) {
		List<List<Column>> tables = new ArrayList<>();
		for (int from = 0; from < headers.size(); from += YEARS_PER_TABLE) {
			tables.add(IntStream.range(from, Math.min(headers.size(), from + YEARS_PER_TABLE))
					.mapToObj(i -> new Column(headers.get(i), i)).toList());
		}
		return tables;
	}

	private static List<Risk> risks(UncertaintyReport uncertainty, Locale locale) {
		return uncertainty.mostAtRisk(KEY_RISKS).stream().map(r -> new Risk(r.name(), Amounts.percent(
				r.chanceNegative(), locale), Amounts.euros(r.p5(), locale), Amounts.euros(r.p95(), locale))).toList();
	}

	private List<Setting> settings(JsonNode document, Locale locale) {
		return List.of("startYear", "horizonYears", "discountRate", "hoursPerFte", "implementation.years",
				"implementation.curve", "settlement.method", "settlement.basis").stream().map(path -> {
					FieldView f = fields.field(document, path, locale);
					return new Setting(f.label(), fields.shown(f, locale));
				}).toList();
	}

	/** Every line of a list with the fields the pages show of it, as text. */
	private Inputs inputs(JsonNode document, CaseList list, List<List<String>> columns, Locale locale) {
		JsonNode lines = document.path(list.field);
		List<String> headers = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		int shownLines = Math.min(lines.size(), ANNEX_LINES);
		for (int i = 0; i < shownLines; i++) {
			List<String> row = new ArrayList<>();
			for (List<String> column : columns) {
				List<String> labels = new ArrayList<>();
				List<String> values = new ArrayList<>();
				for (String field : column) {
					FieldView f = fields.field(document, list.field + "[" + i + "]." + field, locale);
					labels.add(f.label());
					String value = fields.shown(f, locale);
					if (!value.equals(EMPTY)) {
						values.add(value);
					}
				}
				if (i == 0) {
					headers.add(String.join(" \u00b7 ", labels));
				}
				row.add(values.isEmpty() ? EMPTY : String.join(" \u00b7 ", values));
			}
			rows.add(row);
		}
		// a column that no line fills says nothing, and costs a page of the annex its width
		List<Integer> filled = IntStream.range(0, headers.size())
				.filter(c -> rows.stream().anyMatch(row -> !row.get(c).equals(EMPTY))).boxed().toList();
		return new Inputs(text("report.inputs." + list.field, locale), filled.stream().map(headers::get).toList(),
				rows.stream().map(row -> filled.stream().map(row::get).toList()).toList(), shownLines == lines.size()
						? "" : text("report.moreLines", locale, Amounts.number(shownLines, 0, locale),
								Amounts.number(lines.size(), 0, locale)));
	}

	/** A list's fields as the pages show them, each in a column of its own. */
	private static List<List<String>> alone(CaseList list) {
		return list.fields.stream().map(List::of).toList();
	}

	/** The realised figures: per year each value that differs from the plan, and the year's note. */
	private Inputs actuals(JsonNode document, Locale locale) {
		List<List<String>> rows = new ArrayList<>();
		for (JsonNode actual : document.path("actuals")) {
			String year = actual.path("year").asString();
			if (!actual.path("note").asString("").isBlank()) {
				rows.add(List.of(year, text("realisatie.noteLabel", locale), "", actual.path("note").asString()));
			}
			for (String list : List.of("parameters", "targetGroups", "activities", "items")) {
				actual.path(list).properties().forEach(line -> {
					String where = text("place." + list, locale, FieldViews.lineName(document, list, line.getKey()));
					if (line.getValue().isNumber()) {
						rows.add(List.of(year, where, "", number(line.getValue(), false, locale)));
					}
					line.getValue().properties().forEach(field -> rows.add(List.of(year, where,
							realisedLabel(list, field.getKey(), locale),
							number(field.getValue(), field.getKey().endsWith("Rate"), locale))));
				});
			}
		}
		return new Inputs(text("report.inputs.actuals", locale), List.of(text("report.year", locale),
				text("report.line", locale), text("realisatie.figure", locale), text("report.value", locale)),
				rows.subList(0, Math.min(rows.size(), ANNEX_LINES)), rows.size() <= ANNEX_LINES ? ""
						: text("report.moreLines", locale, Amounts.number(ANNEX_LINES, 0, locale),
								Amounts.number(rows.size(), 0, locale)));
	}

	private String realisedLabel(String list, String field, Locale locale) {
		return list.equals("targetGroups") ? text(CaseSchema.field("targetGroups[]." + field).label(), locale)
				: text("realisatie." + field, locale);
	}

	private static String number(JsonNode value, boolean percent, Locale locale) {
		return percent ? FieldKind.PERCENT.format(Optional.of(value), locale) + " %"
				: FieldKind.NUMBER.format(Optional.of(value), locale);
	}

	/** The uncertain inputs with their distributions and values. */
	private Inputs uncertain(JsonNode document, Locale locale) {
		ScenarioTargets targets = ScenarioTargets.of(document, fields, locale);
		List<List<String>> rows = uncertainties.inputs(document, targets, locale).stream()
				.map(i -> List.of(i.target(), i.distribution(), i.values())).toList();
		return new Inputs(text("onzekerheid.inputs", locale), List.of(text("report.input", locale),
				text("onzekerheid.distributionLabel", locale), text("report.values", locale)), rows, "");
	}

	/**
	 * A field's value as a reader sees it: the words of a choice and the names of the parties and lines it
	 * names, an amount in euros, a percentage as a percentage, a formula with what it comes to, a dash when empty.
	 */
	private static final String EMPTY = FieldViews.EMPTY;

	/** Parties with their shares ({@code [{party, share}]}): each party's name and its share. */
}
