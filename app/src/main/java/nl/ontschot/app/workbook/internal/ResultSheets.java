package nl.ontschot.app.workbook.internal;

import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

import nl.ontschot.engine.calculation.PreparedCase;
import nl.ontschot.engine.model.Domain;
import nl.ontschot.engine.model.Party;
import nl.ontschot.engine.model.SettlementMethod;
import nl.ontschot.engine.model.ValueBasis;
import nl.ontschot.engine.report.ArrangementReport;
import nl.ontschot.engine.report.Figure;
import nl.ontschot.engine.report.MethodComparison;
import nl.ontschot.engine.report.PartyReport;
import nl.ontschot.engine.report.RealisationReport;
import nl.ontschot.engine.report.Report;
import nl.ontschot.engine.report.Row;
import nl.ontschot.engine.report.SideBySide;
import nl.ontschot.engine.report.SteadyRow;
import nl.ontschot.engine.report.UncertaintyReport;
import nl.ontschot.engine.report.Unit;
import nl.ontschot.engine.result.ArrangementResult;
import nl.ontschot.engine.result.CalculationResult;
import nl.ontschot.engine.result.PartyResult;
import nl.ontschot.engine.result.Payment;
import nl.ontschot.engine.result.Statistics;
import nl.ontschot.engine.result.UncertaintyResult;
import tools.jackson.databind.JsonNode;

/**
 * The result sheets of the export: the rows of the report model per year and in the overview, the settlement
 * methods side by side with the payments, the arrangements, the scenarios, the uncertainty and the
 * realisation. Every figure is a number cell holding the engine's unrounded value; its format rounds what is
 * shown.
 */
public final class ResultSheets {

	private final Workbook workbook;
	private final Styles styles;
	private final Texts texts;
	private final PreparedCase prepared;
	private final CalculationResult result;
	private final Report report;

	/** @param uncertainty that of a run of this case, for the sheet Onzekerheid; without it, no such sheet */
	public ResultSheets(Workbook workbook, Styles styles, Texts texts, PreparedCase prepared, CalculationResult result,
			Optional<UncertaintyResult> uncertainty) {
		this.workbook = workbook;
		this.styles = styles;
		this.texts = texts;
		this.prepared = prepared;
		this.result = result;
		this.report = Report.of(prepared, result, uncertainty);
	}

	/** The sheets of the result, each from the report model, with the engine's own values in the cells. */
	public void write(JsonNode document) {
		perYear();
		overview();
		settlement();
		if (!result.arrangements().isEmpty()) {
			arrangements(document);
		}
		if (report.scenarios().compared()) {
			scenarios(report.scenarios());
		}
		report.uncertainty().ifPresent(this::uncertainty);
		report.realisation().ifPresent(this::realisation);
	}

	private SheetWriter sheet(String nameKey) {
		return new SheetWriter(workbook.createSheet(texts.get(nameKey)), styles);
	}

	private CellStyle style(Unit unit) {
		return switch (unit) {
			case EURO -> styles.euros;
			case HOURS -> styles.whole;
			case FTE -> styles.tenths;
		};
	}

	private String unit(Unit unit) {
		return texts.get("workbook.unit." + unit);
	}

	private PartyResult party(String id) {
		return result.parties().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
	}

	private String name(String partyId) {
		return prepared.source().parties().stream().filter(p -> p.id().equals(partyId)).map(Party::name).findFirst()
				.orElse(partyId);
	}

	/** The years of the horizon as headers from column {@code first} on; answers the column after the last. */
	private int yearHeaders(SheetWriter sheet, int first) {
		List<Integer> years = result.years();
		for (int t = 0; t < years.size(); t++) {
			sheet.header(0, first + t, String.valueOf(years.get(t)));
		}
		return first + years.size();
	}

	/** Per party per figure of the report model a row, per year a column, and the total. */
	private void perYear() {
		SheetWriter sheet = sheet("workbook.sheet.perYear");
		List<Integer> years = result.years();
		sheet.header(0, 0, texts.get("workbook.column.party"));
		sheet.header(0, 1, texts.get("workbook.column.figure"));
		sheet.header(0, 2, texts.get("workbook.column.unit"));
		sheet.header(0, yearHeaders(sheet, 3), texts.get("workbook.column.total"));
		int row = 1;
		for (PartyReport party : report.parties()) {
			for (Row line : party.rows()) {
				Figure figure = line.figure();
				sheet.text(row, 0, party.name());
				sheet.text(row, 1, figure.label(texts.locale()));
				sheet.text(row, 2, unit(figure.unit()));
				List<Double> perYear = line.exact();
				for (int t = 0; t < perYear.size(); t++) {
					sheet.number(row, 3 + t, perYear.get(t), style(figure.unit()));
				}
				sheet.number(row, 3 + perYear.size(), line.exactTotal(), style(figure.unit()));
				row++;
			}
		}
		sheet.table(0, 4 + years.size());
		sheet.text(row + 1, 0, texts.get("workbook.exactNote"));
	}

	/**
	 * Per party a row: the total of each row of the report model, its current and future situation, its present
	 * values, its settlement, its net after settlement, its net per financing domain (the domains of the
	 * model's matrix) and its payback year.
	 */
	private void overview() {
		SheetWriter sheet = sheet("workbook.sheet.overview");
		List<PartyReport> parties = report.parties();
		PartyReport first = parties.get(0);
		String basis = texts.get("basis." + result.settlement().basis());
		int column = 0;
		sheet.header(0, column++, texts.get("workbook.column.party"));
		sheet.header(0, column++, texts.get("workbook.column.partyType"));
		for (Row line : first.rows()) {
			sheet.header(0, column++, texts.get("workbook.column.totalOf", line.figure().label(texts.locale())));
		}
		for (SteadyRow line : first.steady()) {
			if (line.current().isPresent()) {
				sheet.header(0, column++, texts.get("workbook.column.current", line.figure().label(texts.locale())));
			}
			sheet.header(0, column++, texts.get("workbook.column.future", line.figure().label(texts.locale())));
		}
		for (String key : List.of("workbook.column.pvNet", "workbook.column.pvCapacity", "workbook.column.pvSocietal")) {
			sheet.header(0, column++, texts.get(key));
		}
		sheet.header(0, column++, texts.get("workbook.column.settlement", basis));
		sheet.header(0, column++, texts.get("workbook.column.netAfterSettlement", basis));
		List<Optional<Domain>> domains = report.matrix().domains();
		for (Optional<Domain> domain : domains) {
			sheet.header(0, column++, texts.get("workbook.column.domainNet", domain.map(d -> texts.choice(d.name()))
					.orElseGet(() -> texts.get("overview.noDomain")), basis));
		}
		sheet.header(0, column++, texts.get("workbook.column.paybackYear"));
		int columns = column;
		int row = 1;
		for (PartyReport party : parties) {
			PartyResult values = party(party.id());
			column = 0;
			sheet.text(row, column++, party.name());
			sheet.text(row, column++, texts.choice(party.type().name()));
			for (Row line : party.rows()) {
				sheet.number(row, column++, line.exactTotal(), style(line.figure().unit()));
			}
			for (SteadyRow line : party.steady()) {
				CellStyle style = style(line.figure().unit());
				if (line.exactCurrent().isPresent()) {
					sheet.number(row, column++, line.exactCurrent().getAsDouble(), style);
				}
				sheet.number(row, column++, line.exactFuture(), style);
			}
			sheet.number(row, column++, values.pv().net(), styles.euros);
			sheet.number(row, column++, values.pv().capacity(), styles.euros);
			sheet.number(row, column++, values.pv().societal(), styles.euros);
			sheet.number(row, column++, values.settlement(), styles.euros);
			sheet.number(row, column++, values.netAfterSettlement(), styles.euros);
			for (Optional<Domain> domain : domains) {
				sheet.number(row, column++, domainNet(party.id(), domain), styles.euros);
			}
			if (values.paybackYear().isPresent()) {
				sheet.number(row, column, values.paybackYear().getAsInt(), styles.plain);
			} else {
				sheet.text(row, column, texts.get("workbook.notPaidBack"));
			}
			row++;
		}
		sheet.table(0, columns);
		sheet.text(row + 1, 0, texts.get("workbook.exactNote"));
	}

	/** A party's net from the lines of one domain, in the settlement's basis, as the overview's matrix takes it. */
	private double domainNet(String party, Optional<Domain> domain) {
		boolean presentValue = result.settlement().basis() == ValueBasis.PV;
		return result.byDomain().stream().filter(d -> d.party().equals(party) && d.domain().equals(domain))
				.mapToDouble(d -> presentValue ? d.presentValue() : d.nominal()).sum();
	}

	/** Every settlement method side by side (the chosen one first), then the payments of the chosen one. */
	private void settlement() {
		SheetWriter sheet = sheet("workbook.sheet.settlement");
		MethodComparison compared = MethodComparison.of(prepared, result, report);
		List<SettlementMethod> order = compared.methods();
		SettlementMethod chosen = order.get(0);
		String basis = texts.get("basis." + result.settlement().basis());
		sheet.header(0, 0, texts.get("workbook.column.party"));
		sheet.header(0, 1, texts.get("workbook.column.beforeSettlement", basis));
		for (int m = 0; m < order.size(); m++) {
			String method = texts.get("method." + order.get(m));
			sheet.header(0, 2 + m, m == 0 ? texts.get("workbook.column.chosenMethod", method) : method);
		}
		int row = 1;
		List<PartyResult> parties = result.parties();
		for (int i = 0; i < parties.size(); i++) {
			PartyResult p = parties.get(i);
			sheet.text(row, 0, p.name());
			sheet.number(row, 1, p.netAfterSettlement() - p.settlement(), styles.euros);
			List<Double> finals = compared.afterSettlement().parties().get(i).exact();
			for (int m = 0; m < finals.size(); m++) {
				sheet.number(row, 2 + m, finals.get(m), styles.euros);
			}
			row++;
		}
		int lastOfTable = row;
		row++;
		sheet.text(row++, 0, texts.get("workbook.payments.title", texts.get("method." + chosen)), styles.header);
		sheet.header(row, 0, texts.get("workbook.column.from"));
		sheet.header(row, 1, texts.get("workbook.column.to"));
		sheet.header(row, 2, texts.get("workbook.column.amount"));
		row++;
		for (Payment payment : result.settlement().payments()) {
			sheet.text(row, 0, name(payment.from()));
			sheet.text(row, 1, name(payment.to()));
			sheet.number(row, 2, payment.euros(), styles.cents);
			row++;
		}
		if (result.settlement().payments().isEmpty()) {
			sheet.text(row, 0, texts.get("workbook.payments.none"));
		}
		// the filter belongs to the methods' table above the payments
		sheet.table(0, 2 + order.size(), lastOfTable - 1);
	}

	/** Per arrangement and party its payments per year (receiving positive), then each arrangement's terms. */
	private void arrangements(JsonNode document) {
		SheetWriter sheet = sheet("workbook.sheet.arrangements");
		List<Integer> years = result.years();
		sheet.header(0, 0, texts.get("workbook.column.arrangement"));
		sheet.header(0, 1, texts.get("workbook.column.arrangementType"));
		sheet.header(0, 2, texts.get("workbook.column.party"));
		int total = yearHeaders(sheet, 3);
		sheet.header(0, total, texts.get("workbook.column.total"));
		sheet.header(0, total + 1, texts.get("workbook.column.pv"));
		int row = 1;
		// the arrangements and parties of the report model (a party the arrangement does not touch left out), each
		// with the engine's own values
		for (ArrangementReport shown : report.arrangements()) {
			ArrangementResult a = result.arrangements().stream().filter(r -> r.id().equals(shown.id())).findFirst()
					.orElseThrow();
			for (ArrangementReport.Payments payments : shown.parties()) {
				sheet.text(row, 0, shown.name().isBlank() ? shown.id() : shown.name());
				sheet.text(row, 1, texts.choice(shown.type().name()));
				sheet.text(row, 2, payments.name());
				List<Double> values = a.transfers().get(payments.party());
				for (int t = 0; t < values.size(); t++) {
					sheet.number(row, 3 + t, values.get(t), styles.euros);
				}
				sheet.number(row, 3 + years.size(), a.total().get(payments.party()), styles.euros);
				sheet.number(row, 4 + years.size(), a.pv().get(payments.party()), styles.euros);
				row++;
			}
		}
		int lastOfTable = row;
		new ArrangementTerms(sheet, texts, document).write(row + 1);
		sheet.table(0, 5 + years.size(), lastOfTable - 1);
	}

	/** Per party its present net and its net after settlement in each scenario (base first), and the totals. */
	private void scenarios(Report.Scenarios scenarios) {
		SheetWriter sheet = sheet("workbook.sheet.scenarios");
		List<SideBySide.Column> columns = scenarios.pvNet().columns();
		sheet.header(0, 0, texts.get("workbook.column.party"));
		for (int s = 0; s < columns.size(); s++) {
			SideBySide.Column column = columns.get(s);
			String name = column.kind() == SideBySide.Kind.PLAN ? texts.get("workbook.scenario.base") : column.name();
			sheet.header(0, 1 + 2 * s, texts.get("workbook.column.scenarioPvNet", name));
			sheet.header(0, 2 + 2 * s, texts.get("workbook.column.scenarioAfter", name));
		}
		int row = 1;
		double[] pvTotals = new double[columns.size()];
		double[] afterTotals = new double[columns.size()];
		for (int i = 0; i < scenarios.pvNet().parties().size(); i++) {
			SideBySide.Line pv = scenarios.pvNet().parties().get(i);
			SideBySide.Line after = scenarios.afterSettlement().parties().get(i);
			sheet.text(row, 0, pv.name());
			for (int s = 0; s < columns.size(); s++) {
				sheet.number(row, 1 + 2 * s, pv.exact().get(s), styles.euros);
				sheet.number(row, 2 + 2 * s, after.exact().get(s), styles.euros);
				pvTotals[s] += pv.exact().get(s);
				afterTotals[s] += after.exact().get(s);
			}
			row++;
		}
		sheet.text(row, 0, texts.get("workbook.total"), styles.header);
		for (int s = 0; s < columns.size(); s++) {
			sheet.number(row, 1 + 2 * s, pvTotals[s], styles.euros);
			sheet.number(row, 2 + 2 * s, afterTotals[s], styles.euros);
		}
		sheet.table(0, 1 + 2 * columns.size());
	}

	/** Per party the statistics of its present net and of its net after settlement over the iterations. */
	private void uncertainty(UncertaintyReport uncertainty) {
		SheetWriter sheet = sheet("workbook.sheet.uncertainty");
		List<String> headers = List.of("workbook.column.party", "workbook.column.figure", "workbook.column.mean",
				"workbook.column.sd", "workbook.column.p5", "workbook.column.p50", "workbook.column.p95",
				"workbook.column.chanceOfLoss");
		for (int c = 0; c < headers.size(); c++) {
			sheet.header(0, c, texts.get(headers.get(c)));
		}
		int row = 1;
		for (UncertaintyReport.PartyRisk p : uncertainty.parties()) {
			statistics(sheet, row++, p.name(), texts.get("workbook.column.pvNet"), p.net());
			statistics(sheet, row++, p.name(), texts.get("workbook.uncertainty.after"), p.netAfterSettlement());
		}
		statistics(sheet, row++, texts.get("workbook.total"), texts.get("workbook.column.pvNet"), uncertainty.total());
		sheet.text(row + 1, 0, texts.get("workbook.uncertainty.iterations", uncertainty.iterations()));
		sheet.table(0, headers.size(), row - 1);
	}

	/** The statistics S of calculation.md 6.8 in a row: money in euros, the chance of a loss as a percentage. */
	private void statistics(SheetWriter sheet, int row, String party, String figure, Statistics s) {
		sheet.text(row, 0, party);
		sheet.text(row, 1, figure);
		double[] money = { s.mean(), s.sd(), s.p5(), s.p50(), s.p95() };
		for (int c = 0; c < money.length; c++) {
			sheet.number(row, 2 + c, money[c], styles.euros);
		}
		sheet.number(row, 7, s.probabilityNegative(), styles.percent);
	}

	/** Per party its net per year in the plan, realised + remaining plan, and the difference. */
	private void realisation(RealisationReport realisation) {
		SheetWriter sheet = sheet("workbook.sheet.realisation");
		List<Integer> years = result.years();
		sheet.header(0, 0, texts.get("workbook.column.party"));
		sheet.header(0, 1, texts.get("workbook.column.series"));
		sheet.header(0, yearHeaders(sheet, 2), texts.get("workbook.column.pv"));
		int row = 1;
		for (RealisationReport.PartyRealisation p : realisation.parties()) {
			RealisationReport.Shown pv = p.pv();
			row = series(sheet, row, p.name(), "workbook.realisation.plan", p.plan(), pv.exactPlan());
			row = series(sheet, row, p.name(), "workbook.realisation.realised", p.realised(), pv.exactRealised());
			row = series(sheet, row, p.name(), "workbook.realisation.variance", p.variance(), pv.exactVariance());
		}
		sheet.table(0, 3 + years.size());
	}

	private int series(SheetWriter sheet, int row, String party, String key, Row figures, double pv) {
		sheet.text(row, 0, party);
		sheet.text(row, 1, texts.get(key));
		for (int t = 0; t < figures.exact().size(); t++) {
			sheet.number(row, 2 + t, figures.exact().get(t), styles.euros);
		}
		sheet.number(row, 2 + figures.exact().size(), pv, styles.euros);
		return row + 1;
	}
}
