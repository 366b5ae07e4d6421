package nl.ontschot.app.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.MessageSource;

import nl.ontschot.engine.InvalidCaseException;
import nl.ontschot.engine.SharedFiles;
import nl.ontschot.engine.calculation.Calculator;
import nl.ontschot.engine.calculation.PreparedCase;
import nl.ontschot.engine.json.CaseJson;
import nl.ontschot.engine.model.Case;
import nl.ontschot.engine.report.ArrangementReport;
import nl.ontschot.engine.report.Figure;
import nl.ontschot.engine.report.PartyReport;
import nl.ontschot.engine.report.Report;
import nl.ontschot.engine.result.ArrangementResult;
import nl.ontschot.engine.result.CalculationResult;
import nl.ontschot.engine.result.DomainShare;
import nl.ontschot.engine.result.Flows;
import nl.ontschot.engine.result.PartyResult;
import nl.ontschot.engine.result.PartyYear;
import nl.ontschot.engine.result.UncertaintyResult;

/**
 * The exported workbook read back with POI: every number of Per jaar and Overzicht is the engine's own value
 * for its party, figure and year (computed here on its own), the rows are those of the report model, and the
 * sheets a case calls for are there.
 */
class WorkbookExportTest {

	private static final MessageSource MESSAGES = WorkbookFiles.messages();
	private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

	static Stream<String> cases() {
		return WorkbookFiles.examplesAndTheLargeCase();
	}

	@ParameterizedTest
	@MethodSource("cases")
	void everyNumberPerYearIsTheEnginesValue(String file) throws Exception {
		String json = SharedFiles.read(file);
		Case c = CaseJson.read(json);
		CalculationResult result = Calculator.calculate(c);
		PreparedCase prepared = PreparedCase.of(c);
		double hoursPerFte = prepared.hoursPerFte();
		Report report = Report.of(prepared, result);

		try (Workbook workbook = WorkbookFiles.open(Workbooks.export(json, MESSAGES, DUTCH))) {
			Sheet sheet = workbook.getSheet("Per jaar");
			Row header = sheet.getRow(0);
			assertThat(header.getCell(3).getStringCellValue()).isEqualTo(String.valueOf(c.startYear()));
			Map<String, PartyResult> parties = new HashMap<>();
			result.parties().forEach(p -> parties.put(p.name(), p));
			Map<String, Figure> figures = new HashMap<>();
			for (Figure f : Figure.values()) {
				figures.put(f.label(DUTCH), f);
			}
			List<String> shown = new ArrayList<>();
			int numbers = 0;
			// the table, then an empty row, then the note on what the amounts are
			int r = 1;
			for (; sheet.getRow(r) != null; r++) {
				Row row = sheet.getRow(r);
				PartyResult party = parties.get(row.getCell(0).getStringCellValue());
				Figure figure = figures.get(row.getCell(1).getStringCellValue());
				shown.add(party.id() + " " + figure);
				double total = 0;
				for (int t = 0; t < c.horizonYears(); t++) {
					Cell cell = row.getCell(3 + t);
					assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
					double expected = expected(figure, party.years().get(t), hoursPerFte);
					assertThat(cell.getNumericCellValue()).as("%s %s %d", party.id(), figure, t)
							.isCloseTo(expected, within(1e-6));
					total += expected;
					numbers++;
				}
				assertThat(row.getCell(3 + c.horizonYears()).getNumericCellValue()).isCloseTo(total, within(1e-6));
			}
			assertThat(sheet.getRow(r + 1).getCell(0).getStringCellValue()).contains("onafgeronde uitkomsten",
					"een euro of twee");
			List<String> model = new ArrayList<>();
			for (PartyReport p : report.parties()) {
				p.rows().forEach(row -> model.add(p.id() + " " + row.figure()));
			}
			assertThat(shown).containsExactlyElementsOf(model);
			assertThat(numbers).isPositive();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getRepeatingRows()).isNotNull();
			assertThat(sheet.getRow(1).getCell(3).getCellStyle().getDataFormatString()).contains("#,##0");
		}
	}

	/** The engine's value of a figure in a year, taken from the result here, apart from the workbook's code. */
	private static double expected(Figure figure, PartyYear year, double hoursPerFte) {
		Flows f = year.flows();
		Map<Figure, Double> values = new HashMap<>();
		values.put(Figure.INCIDENTAL_COSTS, f.incidentalCosts());
		values.put(Figure.STRUCTURAL_COSTS, f.structuralCosts());
		values.put(Figure.ITEM_BENEFITS, f.itemBenefits());
		values.put(Figure.REVENUE_CHANGE, f.revenueChange());
		values.put(Figure.OPERATING_COST_CHANGE, f.operatingCostChange());
		values.put(Figure.EXPENSE_CHANGE, f.expenseChange());
		values.put(Figure.ARRANGEMENT_TRANSFERS, f.arrangementTransfers());
		values.put(Figure.NET, f.net());
		values.put(Figure.CAPACITY, f.capacity());
		values.put(Figure.HOURS, -f.hoursChange());
		values.put(Figure.FTE, -f.hoursChange() / hoursPerFte);
		values.put(Figure.SOCIETAL, f.societal());
		values.put(Figure.SETTLEMENT, year.settlement());
		values.put(Figure.NET_AFTER_SETTLEMENT, year.netAfterSettlement());
		return values.get(figure);
	}

	@ParameterizedTest
	@MethodSource("cases")
	void theOverviewHoldsEachPartysTotalsPresentValuesAndSettlement(String file) throws Exception {
		String json = SharedFiles.read(file);
		Case c = CaseJson.read(json);
		CalculationResult result = Calculator.calculate(c);

		try (Workbook workbook = WorkbookFiles.open(Workbooks.export(json, MESSAGES, DUTCH))) {
			Sheet sheet = workbook.getSheet("Overzicht");
			Map<String, Integer> columns = new HashMap<>();
			Row header = sheet.getRow(0);
			for (Cell cell : header) {
				columns.put(cell.getStringCellValue(), cell.getColumnIndex());
			}
			String basis = c.settlement().basis().name().equals("PV") ? "contante waarde" : "nominaal";
			assertThat(sheet.getLastRowNum()).isEqualTo(result.parties().size() + 2);
			assertThat(sheet.getRow(result.parties().size() + 1)).isNull();
			for (int i = 0; i < result.parties().size(); i++) {
				PartyResult p = result.parties().get(i);
				Row row = sheet.getRow(1 + i);
				assertThat(row.getCell(0).getStringCellValue()).isEqualTo(p.name());
				assertThat(number(row, columns.get(Figure.NET.label(DUTCH) + " (totaal)"))).isCloseTo(p.total().net(), within(1e-6));
				assertThat(number(row, columns.get(Figure.CAPACITY.label(DUTCH) + " (totaal)")))
						.isCloseTo(p.total().capacity(), within(1e-6));
				assertThat(number(row, columns.get(Figure.INCIDENTAL_COSTS.label(DUTCH) + " (totaal)")))
						.isCloseTo(p.total().incidentalCosts(), within(1e-6));
				assertThat(number(row, columns.get("Netto effect (contante waarde)"))).isCloseTo(p.pv().net(),
						within(1e-6));
				assertThat(number(row, columns.get("Verrekening (" + basis + ")"))).isCloseTo(p.settlement(),
						within(1e-6));
				assertThat(number(row, columns.get("Na verrekening (" + basis + ")")))
						.isCloseTo(p.netAfterSettlement(), within(1e-6));
				assertThat(number(row, columns.get(Figure.EXPENSE.label(DUTCH) + " nu")))
						.isCloseTo(p.steadyState().current().expense(), within(1e-6));
				if (p.paybackYear().isPresent()) {
					assertThat(number(row, columns.get("Terugverdiend vanaf"))).isEqualTo(p.paybackYear().getAsInt());
				}
				for (DomainShare share : result.byDomain()) {
					if (share.party().equals(p.id())) {
						String domain = share.domain().map(d -> MESSAGES.getMessage("choice." + d, null, DUTCH))
								.orElse("zonder domein");
						assertThat(number(row, columns.get("Netto " + domain + " (" + basis + ")"))).isCloseTo(
								basis.equals("nominaal") ? share.nominal() : share.presentValue(), within(1e-6));
					}
				}
				for (Cell cell : row) {
					if (cell.getColumnIndex() > 1 && cell.getColumnIndex() < columns.get("Terugverdiend vanaf")) {
						assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
					}
				}
			}
		}
	}

	private static double number(Row row, Integer column) {
		assertThat(column).isNotNull();
		return row.getCell(column).getNumericCellValue();
	}

	@Test
	void aCaseWithArrangementsScenariosActualsAndUncertaintyHasTheirSheets() throws Exception {
		String json = SharedFiles.read("cases-v2/valpreventie-hib.json");
		CalculationResult result = Calculator.calculate(CaseJson.read(json));

		try (Workbook workbook = WorkbookFiles.open(Workbooks.export(json, MESSAGES, DUTCH))) {
			List<String> visible = new ArrayList<>();
			for (Sheet s : workbook) {
				if (workbook.getSheetVisibility(workbook.getSheetIndex(s)) == SheetVisibility.VISIBLE) {
					visible.add(s.getSheetName());
				}
			}
			assertThat(visible).containsExactly("Casus", "Partijen", "Kengetallen", "Doelgroepen", "Activiteiten",
					"Posten", "Verdeelsleutels", "Realisatie invoer", "Per jaar", "Overzicht", "Verrekening",
					"Afspraken", "Scenario's", "Onzekerheid", "Realisatie");
			assertThat(workbook.getSheetVisibility(workbook.getSheetIndex("ontschot-casus")))
					.isEqualTo(SheetVisibility.VERY_HIDDEN);

			PartyResult first = result.parties().get(0);
			Sheet uncertainty = workbook.getSheet("Onzekerheid");
			assertThat(uncertainty.getRow(1).getCell(0).getStringCellValue()).isEqualTo(first.name());
			assertThat(uncertainty.getRow(1).getCell(2).getNumericCellValue()).isCloseTo(
					result.uncertainty().orElseThrow().parties().get(first.id()).net().mean(), within(1e-6));
			assertThat(uncertainty.getRow(1).getCell(7).getNumericCellValue()).isCloseTo(
					result.uncertainty().orElseThrow().parties().get(first.id()).net().probabilityNegative(),
					within(1e-9));

			Sheet realisation = workbook.getSheet("Realisatie");
			assertThat(realisation.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Plan");
			assertThat(realisation.getRow(1).getCell(2).getNumericCellValue())
					.isCloseTo(result.plan().get(first.id()).years().get(0), within(1e-6));
			assertThat(realisation.getRow(3).getCell(2).getNumericCellValue())
					.isCloseTo(result.variance().get(first.id()).years().get(0), within(1e-6));

			Sheet scenarios = workbook.getSheet("Scenario's");
			assertThat(scenarios.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Plan: netto (contante waarde)");
			assertThat(scenarios.getRow(1).getCell(3).getNumericCellValue()).isCloseTo(result.scenarios().get(1)
					.parties().get(first.id()).pvNet(), within(1e-6));

			Sheet arrangements = workbook.getSheet("Afspraken");
			Report report = Report.of(PreparedCase.of(CaseJson.read(json)), result);
			int row = 1;
			for (ArrangementReport shown : report.arrangements()) {
				ArrangementResult engine = result.arrangements().stream().filter(a -> a.id().equals(shown.id()))
						.findFirst().orElseThrow();
				for (ArrangementReport.Payments payments : shown.parties()) {
					Row cells = arrangements.getRow(row++);
					assertThat(cells.getCell(2).getStringCellValue()).isEqualTo(payments.name());
					for (int t = 0; t < result.years().size(); t++) {
						assertThat(cells.getCell(3 + t).getNumericCellValue())
								.isCloseTo(engine.transfers().get(payments.party()).get(t), within(1e-6));
					}
					assertThat(cells.getCell(4 + result.years().size()).getNumericCellValue())
							.isCloseTo(engine.pv().get(payments.party()), within(1e-6));
				}
			}
			assertThat(arrangements.getRow(row)).isNull();

			Sheet settlement = workbook.getSheet("Verrekening");
			assertThat(settlement.getRow(0).getCell(2).getStringCellValue()).endsWith("(gekozen)");
			assertThat(settlement.getRow(1).getCell(2).getNumericCellValue()).isCloseTo(first.netAfterSettlement(),
					within(1e-6));
		}
	}

	@Test
	void theServersWorkbookTakesItsUncertaintyFromAFinishedRunOnly() throws Exception {
		String json = SharedFiles.read("cases-v2/valpreventie-hib.json");
		UncertaintyResult run = Calculator.calculate(CaseJson.read(json)).uncertainty().orElseThrow();

		try (Workbook without = WorkbookFiles.open(Workbooks.export(json, Optional.empty(), MESSAGES, DUTCH));
				Workbook with = WorkbookFiles.open(Workbooks.export(json, Optional.of(run),
						MESSAGES, DUTCH))) {
			assertThat(without.getSheet("Onzekerheid")).isNull();
			assertThat(without.getSheet("Per jaar")).isNotNull();
			Row last = with.getSheet("Onzekerheid").getRow(1 + 2 * run.parties().size());
			assertThat(last.getCell(0).getStringCellValue()).isEqualTo("Totaal");
			assertThat(last.getCell(4).getNumericCellValue()).isEqualTo(run.total().p5());
		}
	}

	@Test
	void formulasAreShownAsTextAndChoicesInWords() throws Exception {
		String json = SharedFiles.read("cases-v2/valpreventie-hib.json");

		try (Workbook workbook = WorkbookFiles.open(Workbooks.export(json, MESSAGES, DUTCH))) {
			StringBuilder inputs = new StringBuilder();
			for (String name : List.of("Casus", "Partijen", "Kengetallen", "Doelgroepen", "Activiteiten", "Posten")) {
				Sheet sheet = workbook.getSheet(name);
				assertThat(sheet.getRow(0).getZeroHeight()).isTrue();
				for (Row row : sheet) {
					if (row.getRowNum() == 0) {
						continue;
					}
					for (Cell cell : row) {
						if (cell.getCellType() == CellType.STRING && !sheet.isColumnHidden(cell.getColumnIndex())) {
							inputs.append(cell.getStringCellValue()).append('|');
						}
					}
				}
			}
			assertThat(inputs.toString()).contains("|=").doesNotContain("HEALTH_INSURER", "PER_SUCCESS", "[0]");
		}
	}

	@Test
	void theWorkbookSpeaksEnglishWhenAskedTo() throws Exception {
		try (Workbook workbook = WorkbookFiles.open(Workbooks.export(SharedFiles.read("cases/druppelbril.json"),
				MESSAGES, Locale.ENGLISH))) {
			assertThat(workbook.getSheet("Per year")).isNotNull();
			assertThat(workbook.getSheet("Overview")).isNotNull();
			assertThat(workbook.getSheet("Parties")).isNotNull();
		}
	}

	@Test
	void theTemplateExplainsItselfAndOffersTheChoicesInWords() throws Exception {
		try (Workbook workbook = WorkbookFiles.open(Workbooks.template(MESSAGES, DUTCH))) {
			assertThat(workbook.getSheetName(0)).isEqualTo("Uitleg");
			Sheet parties = workbook.getSheet("Partijen");
			assertThat(parties.getLastRowNum()).isEqualTo(1);
			assertThat(parties.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Code");
			List<String> offered = new ArrayList<>();
			parties.getDataValidations().forEach(v -> offered.addAll(List.of(v.getValidationConstraint()
					.getExplicitListValues())));
			assertThat(offered).contains("zorgverzekeraar", "gemeente", "ja", "nee");
		}
	}

	@Test
	void anInvalidDocumentIsRefusedWithTheEnginesProblems() throws Exception {
		assertThatThrownBy(() -> Workbooks.export("{\"schemaVersion\": 1}", MESSAGES, DUTCH))
				.isInstanceOf(InvalidCaseException.class);
	}
}
