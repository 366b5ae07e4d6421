package nl.ontschot.app.instrument.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.ontschot.app.cases.RealisedFigures;
import nl.ontschot.app.instrument.FieldViews;
import nl.ontschot.app.instrument.internal.AgreementFigures.Row;
import nl.ontschot.app.instrument.internal.AgreementFigures.Table;
import nl.ontschot.app.instrument.internal.Figures.Money;
import nl.ontschot.engine.calculation.PreparedCase;
import nl.ontschot.engine.report.RealisationReport.PartyRealisation;
import nl.ontschot.engine.report.RealisationReport;
import nl.ontschot.engine.report.Report;
import nl.ontschot.engine.result.CalculationResult;
import nl.ontschot.engine.result.Payment;
import nl.ontschot.engine.result.SettlementResult;
import nl.ontschot.engine.text.Amounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Step Realisatie in figures (calculation.md 6.7): the grid of realised figures per year beside what the plan
 * expects, the net per party per year with realised years in it, its difference with the plan, and the
 * settlement afterwards with its payments beside those of the plan.
 */
@Component
public class RealisationFigures {

	private final MessageSource messages;
	private final Charts charts;
	private final FieldViews fields;

	public RealisationFigures(MessageSource messages, Charts charts, FieldViews fields) {
		this.messages = messages;
		this.charts = charts;
		this.fields = fields;
	}

	/** A cell of the grid: its input's name, what is stored, what the plan expects, and a problem if any. */
	record Cell(String name, String originalName, String original, String value, String planned, String label,
			String error) {

		/** The id of the sentence beside the box that explains its problem. */
		public String errorId() {
			return "error-" + name.replaceAll("[^A-Za-z0-9_-]", "-") + "-" + Integer.toHexString(name.hashCode());
		}
	}

	/** A line of the case in the grid: a cell per figure of its section. */
	record GridRow(String label, List<Cell> cells) {
	}

	/** Key figures, target groups, activities or items: the figures of its lines as the columns. */
	record Section(String id, String title, List<String> columns, List<GridRow> rows) {
	}

	/** A year to choose, and whether it has realised figures. */
	record YearLink(int year, boolean realised, boolean current) {
	}

	/** The grid of one year: per section its lines and their figures, and the year's note. */
	record Grid(int year, Cell note, List<YearLink> years, List<Section> sections) {
	}

	/** What was typed in a cell that was not saved, and why. */
	record Typed(String value, String error) {
	}

	/** The figures below the grid, for a case with actuals. */
	record Outcome(String realisedYears, Table net, Table variance, Charts.Chart chart, Table settlement,
			List<String> plannedPayments, List<String> realisedPayments) {
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	/** The name of a cell's input and of the hidden field with what it showed. */
	static String input(int year, String field) {
		return "v:" + year + ":" + field;
	}

	static String original(int year, String field) {
		return "o:" + year + ":" + field;
	}

	/** The kind a realised figure is typed as: rates as percentages, the rest as numbers. */
	static FieldKind kind(String field) {
		if (field.equals(RealisedFigures.NOTE)) {
			return FieldKind.TEXT;
		}
		return field.endsWith(".reachRate") || field.endsWith(".successRate") ? FieldKind.PERCENT : FieldKind.NUMBER;
	}

	/**
	 * The year to show: the one asked for when the horizon has it, else the latest realised year, else the
	 * first.
	 */
	static int year(JsonNode document, Optional<Integer> asked) {
		int start = document.path("startYear").asInt();
		int end = start + document.path("horizonYears").asInt(1) - 1;
		if (asked.isPresent() && asked.get() >= start && asked.get() <= end) {
			return asked.get();
		}
		int latest = start;
		for (JsonNode a : document.path("actuals")) {
			latest = Math.max(latest, Math.min(end, a.path("year").asInt(start)));
		}
		return latest;
	}

	/**
	 * The grid of one year: one row per key figure, target group, activity and counted item (a large case has
	 * hundreds of lines, so one year at a time), each box with what the plan expects as its placeholder.
	 */
	Grid grid(JsonNode document, PreparedCase prepared, int year, Map<String, Typed> typed, Locale locale) {
		int start = document.path("startYear").asInt();
		List<YearLink> years = new ArrayList<>();
		List<String> realised = new ArrayList<>();
		document.path("actuals").forEach(a -> realised.add(a.path("year").asString()));
		for (int t = 0; t < prepared.source().horizonYears(); t++) {
			years.add(new YearLink(start + t, realised.contains(Integer.toString(start + t)), start + t == year));
		}
		PreparedCase.Planned planned = prepared.planned();
		Line line = new Line(document, planned, year - start, year, typed, locale);
		List<Section> sections = new ArrayList<>();
		List<GridRow> parameters = new ArrayList<>();
		for (JsonNode p : document.path("parameters")) {
			String id = p.path("id").asString();
			String name = p.path("name").asString(id);
			String unit = p.path("unit").asString("");
			parameters.add(new GridRow(unit.isEmpty() ? name : name + " (" + unit + ")",
					List.of(line.cell("parameters." + id, name))));
		}
		sections.add(new Section("kengetallen", text("realisatie.parameters", locale),
				List.of(text("realisatie.value", locale)), parameters));
		List<GridRow> groups = new ArrayList<>();
		List<String> groupFigures = List.of("population", "reachRate", "successRate");
		for (JsonNode g : document.path("targetGroups")) {
			String id = g.path("id").asString();
			String name = g.path("name").asString(id);
			groups.add(new GridRow(name, groupFigures.stream().map(f -> line.cell("targetGroups." + id + "." + f,
					name + ", " + text("field.group." + f, locale))).toList()));
		}
		sections.add(new Section("doelgroepen", text("realisatie.groups", locale), groupFigures.stream()
				.map(f -> text("field.group." + f, locale) + (kind("." + f) == FieldKind.PERCENT ? " (%)" : ""))
				.toList(), groups));
		List<GridRow> activities = new ArrayList<>();
		List<String> activityFigures = List.of("volume", "tariff", "unitCost");
		for (JsonNode a : document.path("activities")) {
			String id = a.path("id").asString();
			String name = a.path("name").asString(id);
			String unit = a.path("unit").asString("");
			activities.add(new GridRow(unit.isEmpty() ? name : name + " (" + unit + ")", activityFigures.stream()
					.map(f -> line.cell("activities." + id + "." + f, name + ", " + text("realisatie." + f, locale)))
					.toList()));
		}
		sections.add(new Section("activiteiten", text("realisatie.activities", locale), activityFigures.stream()
				.map(f -> text("realisatie." + f, locale)).toList(), activities));
		List<GridRow> items = new ArrayList<>();
		for (JsonNode i : document.path("items")) {
			String id = i.path("id").asString();
			String name = i.path("name").asString(id);
			if (planned.of("items." + id + ".amount").isPresent()) {
				items.add(new GridRow(name, List.of(line.cell("items." + id + ".amount",
						name + ", " + text("realisatie.amount", locale)))));
			}
		}
		sections.add(new Section("posten", text("realisatie.items", locale),
				List.of(text("realisatie.amount", locale)), items));
		return new Grid(year, line.cell(RealisedFigures.NOTE, text("realisatie.noteLabel", locale)), years,
				sections.stream().filter(s -> !s.rows().isEmpty()).toList());
	}

	/** The cells of one year. */
	private record Line(JsonNode document, PreparedCase.Planned planned, int t, int year, Map<String, Typed> typed,
			Locale locale) {

		Cell cell(String field, String label) {
			FieldKind kind = kind(field);
			if (kind == FieldKind.TEXT) {
				Optional<JsonNode> stored = RealisedFigures.get(document, year, field);
				Typed again = typed.get(input(year, field));
				return new Cell(input(year, field), original(year, field), stored.map(JsonNode::toString).orElse(""),
						again != null ? again.value() : kind.format(stored, locale), "", label,
						again != null ? again.error() : "");
			}
			double expected = planned.of(field).map(values -> values[t]).orElse(0.0);
			Optional<JsonNode> stored = RealisedFigures.get(document, year, field);
			Typed again = typed.get(input(year, field));
			String value = again != null ? again.value() : kind.format(stored, locale);
			// volumes and amounts to the cent; key figures and rates as the plan has them (typed back, they give
			// the plan's figures)
			double plan = field.startsWith("activities.") || field.startsWith("items.")
					? Math.round(expected * 100) / 100.0 : expected;
			return new Cell(input(year, field), original(year, field), stored.map(JsonNode::toString).orElse(""),
					value, kind.format(Optional.of(JsonNodeFactory.instance.numberNode(plan)), locale),
					label + (kind == FieldKind.PERCENT ? " (%)" : "") + ", " + year,
					again != null ? again.error() : "");
		}
	}

	/** The figures of a case with actuals: realised + plan against the plan, and the settlement afterwards. */
	public Optional<Outcome> outcome(JsonNode document, Report report, CalculationResult result, Locale locale) {
		if (report.realisation().isEmpty()) {
			return Optional.empty();
		}
		RealisationReport realisation = report.realisation().get();
		List<String> yearHeaders = new ArrayList<>(List.of(text("summary.party", locale)));
		for (Integer year : result.years()) {
			yearHeaders.add(realisation.realisedYears().contains(year) ? text("realisatie.realisedYear", locale, year)
					: Integer.toString(year));
		}
		yearHeaders.add(text("realisatie.pv", locale));
		Table netTable = new Table(yearHeaders, perYear(realisation, PartyRealisation::realised,
				r -> r.pv().realised(), locale));
		Table varianceTable = new Table(yearHeaders, perYear(realisation, PartyRealisation::variance,
				r -> r.pv().variance(), locale));
		List<String> names = realisation.parties().stream().map(PartyRealisation::name).toList();
		List<double[]> values = realisation.parties().stream()
				.map(p -> new double[] { p.pv().exactPlan(), p.pv().exactRealised() }).toList();
		Charts.Chart chart = charts.bars("realisation", text("realisatie.chart", locale),
				text("realisatie.chartText", locale), names, values,
				new String[] { text("realisatie.plan", locale), text("realisatie.realisedAndPlan", locale) }, locale);
		List<Row> settlement = new ArrayList<>();
		for (PartyRealisation p : realisation.parties()) {
			RealisationReport.Shown s = p.settlement();
			settlement.add(new Row(p.name(), List.of(Money.euros(s.plan(), locale), Money.euros(s.realised(), locale),
					Money.euros(s.variance(), locale))));
		}
		Table settlementTable = new Table(List.of(text("summary.party", locale), text("realisatie.settlementPlan", locale),
				text("realisatie.settlementRealised", locale), text("realisatie.settlementDifference", locale)),
				settlement);
		return Optional.of(new Outcome(String.join(", ", realisation.realisedYears().stream().map(String::valueOf)
				.toList()), netTable, varianceTable, chart, settlementTable,
				payments(document, result.plannedSettlement().orElseThrow(), locale),
				payments(document, result.settlement(), locale)));
	}

	/** Per party a row of the model per year and at present value, then the totals: each row adds up. */
	private List<Row> perYear(RealisationReport realisation, Function<PartyRealisation, nl.ontschot.engine.report.Row> row,
			ToLongFunction<PartyRealisation> pv, Locale locale) {
		List<Row> rows = new ArrayList<>();
		List<PartyRealisation> all = new ArrayList<>(realisation.parties());
		all.add(realisation.total());
		for (PartyRealisation p : all) {
			List<Money> cells = new ArrayList<>();
			row.apply(p).years().forEach(v -> cells.add(Money.euros(v, locale)));
			cells.add(Money.euros(pv.applyAsLong(p), locale));
			rows.add(new Row(p.name().isEmpty() ? text("summary.total", locale) : p.name(), cells));
		}
		return rows;
	}

	private List<String> payments(JsonNode document, SettlementResult settlement, Locale locale) {
		List<String> lines = new ArrayList<>();
		for (Payment payment : settlement.payments()) {
			lines.add(text("settlement.payment", locale, FieldViews.lineName(document, "parties", payment.from()),
					FieldViews.lineName(document, "parties", payment.to()),
					Amounts.eurosAndCents(payment.cents(), locale)));
		}
		return lines;
	}
}
