package nl.ontschot.engine.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import nl.ontschot.engine.Notice;
import nl.ontschot.engine.calculation.PreparedCase;
import nl.ontschot.engine.model.Arrangement;
import nl.ontschot.engine.model.ArrangementType;
import nl.ontschot.engine.model.Case;
import nl.ontschot.engine.model.Condition;
import nl.ontschot.engine.model.Parameter;
import nl.ontschot.engine.model.Quantity;
import nl.ontschot.engine.model.Target;
import nl.ontschot.engine.model.TargetGroup;
import nl.ontschot.engine.model.Targets;
import nl.ontschot.engine.result.ArrangementResult;
import nl.ontschot.engine.result.CalculationResult;
import nl.ontschot.engine.result.CoreCheck;
import nl.ontschot.engine.result.PartyResult;
import nl.ontschot.engine.result.Payment;
import nl.ontschot.engine.result.SettlementResult;
import nl.ontschot.engine.schema.CaseSchema;
import nl.ontschot.engine.schema.FieldKind;
import nl.ontschot.engine.schema.SchemaField;
import nl.ontschot.engine.report.ArrangementReport;
import nl.ontschot.engine.report.DomainRow;
import nl.ontschot.engine.report.Domains;
import nl.ontschot.engine.report.PartyReport;
import nl.ontschot.engine.report.RealisationReport;
import nl.ontschot.engine.report.RealisationReport.PartyRealisation;
import nl.ontschot.engine.report.Report;
import nl.ontschot.engine.report.SideBySide;
import nl.ontschot.engine.report.UncertaintyReport;
import nl.ontschot.engine.report.Unit;
import nl.ontschot.engine.report.Row;
import nl.ontschot.engine.report.SteadyRow;
import nl.ontschot.engine.text.Amounts;

/**
 * A readable overview of a result for a terminal: per party its current and future situation, its
 * costs, benefits and net effect per year, released capacity, and the settlement; then the payments and
 * the core check; for a version 2 case also its key figures, arrangements, scenarios, realisation and
 * uncertainty. Each row is rounded to whole euros so that the years add up to the shown total.
 */
final class Table {

	private static final int LABEL = 34;
	private static final int COLUMN = 15;
	/** Marks a realised year in the header of the realisation per year. */
	private static final String REALISED_MARK = "*";
	/** The widest bar of the tornado, in characters. */
	private static final int BAR = 30;

	private final PreparedCase c;
	private final CalculationResult result;
	private final Locale locale;
	private final Report report;
	private final StringBuilder out = new StringBuilder();

	Table(PreparedCase c, CalculationResult result, Locale locale) {
		this.c = c;
		this.result = result;
		this.locale = locale;
		this.report = Report.of(c, result);
	}

	String render() {
		SettlementResult s = result.settlement();
		line(result.caseName());
		line(text("table.heading", String.valueOf(result.years().get(0)),
				String.valueOf(result.years().get(result.years().size() - 1)),
				Amounts.percent(c.discountRate(), locale), text("method." + s.method()),
				text("basis." + s.basis())));
		if (v2()) {
			keyFigures();
		}
		report.parties().forEach(this::party);
		settlement(s);
		if (v2()) {
			arrangements();
			if (!report.arrangements().isEmpty()) {
				comparison(report.comparison());
			}
			if (report.scenarios().compared()) {
				scenarios(report.scenarios());
			}
			report.realisation().ifPresent(this::realisation);
			report.uncertainty().ifPresent(this::uncertainty);
		}
		if (!result.warnings().isEmpty()) {
			line("");
			line(text("table.warnings"));
			for (Notice warning : result.warnings()) {
				line("  - " + warning.line(locale));
			}
		}
		return out.toString().stripTrailing();
	}

	/** A party's section, from the report that the pages, the PDF and the workbook show too. */
	private void party(PartyReport party) {
		line("");
		String title = party.name() + " (" + party.id() + ", " + text("type." + party.type()) + ")";
		line(title);
		line("=".repeat(title.length()));

		line(text("table.steadyState"));
		row("", List.of(text("table.current"), text("table.future")));
		for (SteadyRow steady : party.steady()) {
			row(steady.figure().label(locale), List.of(steady.currentText(locale), steady.futureText(locale)));
		}

		line("");
		List<String> header = new ArrayList<>();
		result.years().forEach(y -> header.add(Integer.toString(y)));
		header.add(text("table.total"));
		row(text("table.perYear"), header);
		for (Row figure : party.rows()) {
			List<String> cells = new ArrayList<>();
			for (int t = 0; t < figure.years().size(); t++) {
				cells.add(figure.text(t, locale));
			}
			cells.add(figure.totalText(locale));
			row(figure.figure().label(locale), cells);
		}
		line("");
		line("  " + text("table.pv", Amounts.euros(party.pvNet(), locale), Amounts.euros(party.pvCapacity(), locale),
				Amounts.euros(party.pvSocietal(), locale)));
		String key = party.settlement() > 0 ? "table.receives"
				: party.settlement() < 0 ? "table.pays" : "table.settlesNothing";
		line("  " + text(key, Amounts.euros(Math.abs(party.settlement()), locale),
				Amounts.euros(party.netAfterSettlement(), locale)));
		if (v2()) {
			domains(party.domains());
			line("  " + (party.paybackYear().isPresent()
					? text("table.payback", String.valueOf(party.paybackYear().getAsInt()))
					: text("table.noPayback")));
		}
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

	private boolean v2() {
		return result.schemaVersion() >= 2;
	}

	/** Each key figure as used: one value when it is the same in every year, else one column per year. */
	private void keyFigures() {
		if (result.parameters().isEmpty()) {
			return;
		}
		line("");
		line(text("table.keyFigures"));
		boolean anyVaries = result.parameters().values().stream().anyMatch(Table::varies);
		List<String> header = new ArrayList<>();
		header.add(text("table.unit"));
		if (anyVaries) {
			result.years().forEach(y -> header.add(Integer.toString(y)));
		} else {
			header.add(text("table.value"));
		}
		List<String> labels = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		result.parameters().forEach((id, values) -> {
			Parameter parameter = c.source().parameters().stream().filter(q -> q.id().equals(id)).findFirst()
					.orElse(null);
			labels.add(parameter == null || blank(parameter.name()) ? id : parameter.name());
			List<String> cells = new ArrayList<>();
			cells.add(parameter == null || blank(parameter.unit()) ? "" : parameter.unit());
			if (varies(values)) {
				values.forEach(v -> cells.add(figure(v)));
			} else {
				cells.add(figure(values.get(0)));
				if (anyVaries) {
					cells.add(text("table.everyYear"));
				}
			}
			rows.add(cells);
		});
		grid("", labels, header, rows, Set.of(0));
	}

	private static boolean varies(List<Double> values) {
		double first = values.get(0);
		return values.stream().anyMatch(v -> Math.abs(v - first) > 1e-9 * Math.max(1, Math.abs(first)));
	}

	/** A key figure with as many decimals as it needs (at most 6): {@code 2.500}, {@code 0,25}, {@code 6.947,5}. */
	private String figure(double value) {
		int decimals = 0;
		while (decimals < 6) {
			double scaled = value * Math.pow(10, decimals);
			if (Math.abs(scaled - Math.rint(scaled)) <= 1e-9 * Math.max(1, Math.abs(scaled))) {
				break;
			}
			decimals++;
		}
		return Amounts.number(value, decimals, locale);
	}

	/** The party's net per financing domain, nominal and at present value, as the report has it. */
	private void domains(Domains domains) {
		if (domains.rows().isEmpty()) {
			return;
		}
		line("");
		List<String> labels = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		for (DomainRow row : domains.rows()) {
			labels.add(row.domain().map(d -> text("domain." + d)).orElse(text("domain.none")));
			rows.add(List.of(Amounts.euros(row.nominal(), locale), Amounts.euros(row.presentValue(), locale)));
		}
		labels.add(text("table.total"));
		rows.add(List.of(Amounts.euros(domains.nominal(), locale), Amounts.euros(domains.presentValue(), locale)));
		grid(text("table.byDomain"), labels, List.of(text("table.nominal"), text("table.presentValue")), rows,
				Set.of());
	}

	/** Per arrangement its payments per party per year (receiving positive), its condition and the investor's IRR. */
	private void arrangements() {
		for (int i = 0; i < result.arrangements().size(); i++) {
			ArrangementResult a = result.arrangements().get(i);
			ArrangementReport shown = report.arrangements().get(i);
			line("");
			String title = text("table.arrangement", shown.name(), a.id(), text("arrangement." + a.type()));
			line(title);
			line("-".repeat(title.length()));
			List<String> header = new ArrayList<>();
			result.years().forEach(y -> header.add(Integer.toString(y)));
			header.add(text("table.total"));
			header.add(text("table.presentValue"));
			List<String> labels = new ArrayList<>();
			List<List<String>> rows = new ArrayList<>();
			for (ArrangementReport.Payments payments : shown.parties()) {
				List<String> cells = new ArrayList<>();
				payments.years().forEach(v -> cells.add(Amounts.euros(v, locale)));
				cells.add(Amounts.euros(payments.total(), locale));
				cells.add(Amounts.euros(payments.presentValue(), locale));
				labels.add(payments.name());
				rows.add(cells);
			}
			if (rows.isEmpty()) {
				line("  " + text("table.noTransfers"));
			} else {
				grid(text("table.transfers"), labels, header, rows, Set.of());
			}
			a.conditionMet().ifPresent(met -> line("  " + text(met ? "table.conditionMet" : "table.conditionNotMet",
					condition(a.id()))));
			if (a.type() == ArrangementType.IMPACT_BOND) {
				line("  " + (a.investorIrr().isPresent()
						? text("table.irr", Amounts.number(a.investorIrr().getAsDouble() * 100, 1, locale) + " %")
						: text("table.noIrr")));
			}
		}
	}

	private String arrangementName(String id) {
		return c.source().arrangements().stream().filter(a -> a.id().equals(id)).map(Arrangement::name)
				.filter(n -> !blank(n)).findFirst().orElse(id);
	}

	/** The arrangement's condition in words: {@code Relatieve daling van het aantal vallen ten minste 0,15}. */
	private String condition(String arrangementId) {
		Optional<Condition> condition = c.source().arrangements().stream().filter(a -> a.id().equals(arrangementId))
				.findFirst().flatMap(Arrangement::condition);
		if (condition.isEmpty()) {
			return "";
		}
		if (condition.get() instanceof Condition.ParameterAtLeast p) {
			String name = c.source().parameters().stream().filter(q -> q.id().equals(p.parameter()))
					.map(Parameter::name).filter(n -> !blank(n)).findFirst().orElse(p.parameter());
			return text("table.condition", name, threshold(p.atLeast()));
		}
		Condition.SuccessRateAtLeast s = (Condition.SuccessRateAtLeast) condition.get();
		String group = c.source().targetGroups().stream().filter(g -> g.id().equals(s.group()))
				.map(TargetGroup::name).filter(n -> !blank(n)).findFirst().orElse(s.group());
		return text("table.conditionSuccess", group, threshold(s.atLeast()));
	}

	private String threshold(Quantity q) {
		return q instanceof Quantity.Fixed f ? figure(f.value()) : String.valueOf(q.written());
	}

	/** The pv net per party with no arrangement and with each arrangement alone (without settlement). */
	private void comparison(SideBySide comparison) {
		line("");
		line(text("table.comparison"));
		partyGrid(comparison);
	}

	/** The base and each scenario side by side: net after settlement, then pv net, with totals. */
	private void scenarios(Report.Scenarios scenarios) {
		SettlementResult s = result.settlement();
		line("");
		line(text("table.scenarios", text("method." + s.method()), text("basis." + s.basis())));
		partyGrid(scenarios.afterSettlement());
		line("");
		line(text("table.scenariosPv"));
		partyGrid(scenarios.pvNet());
	}

	/** With actuals: per party the plan, realised + plan and the difference, at present value, then per year. */
	private void realisation(RealisationReport realisation) {
		line("");
		line(text("table.realisation", String.join(", ",
				realisation.realisedYears().stream().map(String::valueOf).toList())));
		List<String> labels = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		for (PartyRealisation p : all(realisation)) {
			labels.add(p.name().isEmpty() ? text("table.total") : p.name());
			rows.add(List.of(Amounts.euros(p.pv().plan(), locale), Amounts.euros(p.pv().realised(), locale),
					Amounts.euros(p.pv().variance(), locale)));
		}
		grid("", labels, List.of(text("table.plan"), text("table.realised"), text("table.variance")), rows,
				Set.of());
		realisationPerYear(realisation);
	}

	private static List<PartyRealisation> all(RealisationReport realisation) {
		List<PartyRealisation> all = new ArrayList<>(realisation.parties());
		all.add(realisation.total());
		return all;
	}

	/** Per party per year the plan, realised + plan and the difference, nominal, the realised years marked. */
	private void realisationPerYear(RealisationReport realisation) {
		List<String> header = new ArrayList<>();
		header.add("");
		result.years().forEach(y -> header.add(y + (realisation.realisedYears().contains(y) ? REALISED_MARK : "")));
		header.add(text("table.total"));
		line("");
		line(text("table.realisationPerYear", REALISED_MARK));
		List<String> labels = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		String[] kinds = { text("table.plan"), text("table.realised"), text("table.variance") };
		for (PartyRealisation p : all(realisation)) {
			List<Row> figures = List.of(p.plan(), p.realised(), p.variance());
			for (int k = 0; k < kinds.length; k++) {
				labels.add(k > 0 ? "" : p.name().isEmpty() ? text("table.total") : p.name());
				List<String> cells = new ArrayList<>();
				cells.add(kinds[k]);
				for (int t = 0; t < result.years().size(); t++) {
					cells.add(figures.get(k).text(t, locale));
				}
				cells.add(figures.get(k).totalText(locale));
				rows.add(cells);
			}
		}
		grid("", labels, header, rows, Set.of(0));
	}

	/** The Monte Carlo statistics, the tornado, the switching values and the chance of each condition (6.8). */
	private void uncertainty(UncertaintyReport u) {
		line("");
		String title = text("table.uncertainty", Amounts.number(u.iterations(), 0, locale));
		line(title);
		line("-".repeat(title.length()));
		List<String> labels = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		for (UncertaintyReport.PartyRisk party : u.parties()) {
			labels.add(party.name());
			rows.add(List.of(chance(party.chanceNegative()), Amounts.euros(party.p5(), locale),
					Amounts.euros(party.p50(), locale), Amounts.euros(party.p95(), locale)));
		}
		grid(text("table.uncertaintyAfter"), labels,
				List.of(text("table.chanceNegative"), text("table.p5"), text("table.p50"), text("table.p95")), rows,
				Set.of());
		tornado(u.tornado());
		switching(u);
		if (!u.conditions().isEmpty()) {
			line("");
		}
		u.conditions().forEach(condition -> line("  " + text("table.conditionProbability", condition.name(),
				chance(condition.chance()))));
	}

	/** Per input the total at its low and high value, with a bar as long as the difference (the widest 30). */
	private void tornado(List<UncertaintyReport.Bar> bars) {
		if (bars.isEmpty()) {
			return;
		}
		line("");
		line(text("table.tornado"));
		long widest = bars.stream().mapToLong(b -> Math.abs(b.totalHigh() - b.totalLow())).max().orElse(0);
		List<String> labels = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		for (UncertaintyReport.Bar bar : bars) {
			long size = Math.abs(bar.totalHigh() - bar.totalLow());
			// a difference too small for one block still shows as one, so that no input seems without effect
			int width = widest <= 0 || size == 0 ? 0 : Math.max(1, (int) Math.round(BAR * size / (double) widest));
			labels.add(targetLabel(bar.target()));
			rows.add(List.of(fieldValue(bar.target(), bar.low()), fieldValue(bar.target(), bar.high()),
					Amounts.euros(bar.totalLow(), locale), Amounts.euros(bar.totalHigh(), locale),
					" " + "\u2588".repeat(width)));
		}
		grid("", labels, List.of(text("table.inputLow"), text("table.inputHigh"), text("table.totalLow"),
				text("table.totalHigh"), ""), rows, Set.of(4));
	}

	/** The value of each input at which a party breaks even, where there is one. */
	private void switching(UncertaintyReport u) {
		// every party has a switching value per input, found or not (6.8): no inputs, nothing to say
		if (u.tornado().isEmpty()) {
			return;
		}
		line("");
		line(text("table.switching"));
		if (u.switching().isEmpty()) {
			line("  " + text("table.noSwitching"));
		}
		for (UncertaintyReport.Switch v : u.switching()) {
			line("  " + text("table.switchingValue", v.name(), targetLabel(v.target()), fieldValue(v.target(),
					v.value())));
		}
	}

	/** A chance as the pages write it: {@code 12,5 %}, {@code 13,25 %}. */
	private String chance(double share) {
		return Amounts.percent(share, locale);
	}

	/** A target in words: a key figure's name, or the field and the name of its line. */
	private String targetLabel(String target) {
		Case source = c.source();
		Target t = Targets.resolve(source, target);
		int i = t.index();
		return switch (t.kind()) {
			case CASE -> text("target." + t.field());
			case PARAMETER -> nameOr(source.parameters().get(i).name(), source.parameters().get(i).id());
			case TARGET_GROUP -> text("target." + t.field(),
					nameOr(source.targetGroups().get(i).name(), source.targetGroups().get(i).id()));
			case ACTIVITY -> text("target." + t.field(),
					nameOr(source.activities().get(i).name(), source.activities().get(i).id()));
			case ITEM -> text("target." + t.field(), nameOr(source.items().get(i).name(), source.items().get(i).id()));
			case ARRANGEMENT -> text("target." + t.field(), arrangementName(source.arrangements().get(i).id()));
		};
	}

	private static String nameOr(String name, String id) {
		return blank(name) ? id : name;
	}

	/** A value of the field a target names, as that field shows: a percentage, euros or a plain number. */
	private String fieldValue(String target, double value) {
		Target t = Targets.resolve(c.source(), target);
		String path = switch (t.kind()) {
			case CASE -> t.field();
			case PARAMETER -> "parameters[" + t.index() + "].value";
			case TARGET_GROUP -> "targetGroups[" + t.index() + "]." + t.field();
			case ACTIVITY -> "activities[" + t.index() + "]." + t.field();
			case ITEM -> "items[" + t.index() + "]." + t.field();
			case ARRANGEMENT -> "arrangements[" + t.index() + "]." + t.field();
		};
		FieldKind kind = CaseSchema.at(path).map(SchemaField::kind).orElse(FieldKind.NUMBER);
		if (kind == FieldKind.PERCENT) {
			return chance(value);
		}
		if (kind == FieldKind.MONEY) {
			return euros(value);
		}
		// four significant digits, without trailing zeros: 0,2496, 12,34, 1.235
		int decimals = value == 0 ? 0 : Math.max(0, Math.min(6, 3 - (int) Math.floor(Math.log10(Math.abs(value)))));
		double rounded = Math.round(value * Math.pow(10, decimals)) / Math.pow(10, decimals);
		return figure(rounded);
	}

	/** Parties as rows, the model's columns of euros, and a total row; each column adds up to its total. */
	private void partyGrid(SideBySide table) {
		List<String> header = table.columns().stream().map(column -> switch (column.kind()) {
			case PLAN -> text("table.base");
			case NO_ARRANGEMENT -> text("table.noArrangement");
			case SCENARIO, ARRANGEMENT -> column.name();
			case METHOD -> text("method." + column.id());
		}).toList();
		List<String> labels = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		for (SideBySide.Line party : table.parties()) {
			labels.add(party.name());
			rows.add(party.values().stream().map(v -> Amounts.euros(v, locale)).toList());
		}
		labels.add(text("table.total"));
		rows.add(table.totals().stream().map(v -> Amounts.euros(v, locale)).toList());
		grid("", labels, header, rows, Set.of());
	}

	/**
	 * A table with a header row (the title in the label column): labels left, cells right-aligned in columns as wide as their widest cell (the
	 * columns in {@code leftAligned} left-aligned).
	 */
	private void grid(String title, List<String> labels, List<String> header, List<List<String>> rows,
			Set<Integer> leftAligned) {
		int labelWidth = Math.max(LABEL,
				Math.max(title.length(), labels.stream().mapToInt(String::length).max().orElse(0)) + 1);
		int columns = Math.max(header.size(), rows.stream().mapToInt(List::size).max().orElse(0));
		int[] widths = new int[columns];
		for (int j = 0; j < columns; j++) {
			int widest = j < header.size() ? header.get(j).length() : 0;
			for (List<String> r : rows) {
				widest = Math.max(widest, j < r.size() ? r.get(j).length() : 0);
			}
			widths[j] = leftAligned.contains(j) ? widest : Math.max(COLUMN, widest + 2);
		}
		gridRow(title, labelWidth, header, widths, leftAligned);
		for (int i = 0; i < rows.size(); i++) {
			gridRow(labels.get(i), labelWidth, rows.get(i), widths, leftAligned);
		}
	}

	private void gridRow(String label, int labelWidth, List<String> cells, int[] widths, Set<Integer> leftAligned) {
		StringBuilder row = new StringBuilder("  ").append(label).append(" ".repeat(labelWidth - label.length()));
		for (int j = 0; j < cells.size(); j++) {
			String cell = cells.get(j);
			String pad = " ".repeat(Math.max(leftAligned.contains(j) ? 0 : 1, widths[j] - cell.length()));
			row.append(leftAligned.contains(j) ? cell + pad : pad + cell);
		}
		line(row.toString().stripTrailing());
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
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
