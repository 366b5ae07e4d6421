package nl.ontschot.app.workbook.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.MessageSource;

import nl.ontschot.app.instrument.FieldViews;
import nl.ontschot.app.workbook.WorkbookFiles;
import nl.ontschot.app.workbook.Workbooks;
import nl.ontschot.app.workbook.internal.WorkbookImport.Accepted;
import nl.ontschot.app.workbook.internal.WorkbookImport.Outcome;
import nl.ontschot.app.workbook.internal.WorkbookImport.Refused;
import nl.ontschot.engine.SharedFiles;
import nl.ontschot.engine.calculation.Calculator;
import nl.ontschot.engine.formula.Formula;
import nl.ontschot.engine.json.CaseJson;
import nl.ontschot.engine.model.Case;
import tools.jackson.databind.node.ObjectNode;

/**
 * A workbook read back into a case: the export of every example case gives the same case, also from its
 * visible sheets alone; a filled-in template becomes a case; every problem is named with its sheet, row and
 * column; files that are no workbook of Ontschot are refused with a sentence.
 */
class WorkbookImportTest {

	private static final MessageSource MESSAGES = WorkbookFiles.messages();
	private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
	private final WorkbookImport reader = new WorkbookImport(MESSAGES, new FieldViews(MESSAGES));

	static Stream<String> cases() {
		return WorkbookFiles.examplesAndTheLargeCase();
	}

	@ParameterizedTest
	@MethodSource("cases")
	void theExportReadInAsANewCaseIsTheSameCase(String file) {
		String json = SharedFiles.read(file);

		Outcome outcome = reader.read(Workbooks.export(json, MESSAGES, DUTCH), Optional.empty(), DUTCH);

		assertSameCase(outcome, json);
	}

	/**
	 * The visible sheets alone hold the settings, the lists and the realisation without loss: read into a case
	 * that lacks all of them, they give the case back.
	 */
	@ParameterizedTest
	@MethodSource("cases")
	void theVisibleSheetsAloneHoldEveryInputTheyShow(String file) throws IOException {
		String json = SharedFiles.read(file);
		byte[] workbook = withoutCarriedCase(Workbooks.export(json, MESSAGES, DUTCH));
		ObjectNode stripped = (ObjectNode) CaseJson.parse(json);
		for (String field : List.of("name", "description", "startYear", "horizonYears", "discountRate", "hoursPerFte",
				"implementation", "includedCategories", "settlement", "parties", "parameters", "targetGroups",
				"activities", "items", "allocationKeys", "actuals")) {
			stripped.remove(field);
		}

		Outcome outcome = reader.read(workbook, Optional.of(stripped.toString()), DUTCH);

		assertSameCase(outcome, json);
	}

	@Test
	void theEnglishExportIsReadAsWell() {
		String json = SharedFiles.read("cases-v2/valpreventie-hib.json");

		assertSameCase(reader.read(Workbooks.export(json, MESSAGES, Locale.ENGLISH), Optional.empty(), DUTCH), json);
	}

	private static void assertSameCase(Outcome outcome, String expected) {
		assertThat(outcome).isInstanceOf(Accepted.class);
		Case read = CaseJson.read(((Accepted) outcome).document());
		assertThat(read).usingRecursiveComparison()
				.withEqualsForType((a, b) -> a.text().equals(b.text()), Formula.class)
				.isEqualTo(CaseJson.read(expected));
	}

	private static byte[] withoutCarriedCase(byte[] bytes) throws IOException {
		try (Workbook workbook = WorkbookFiles.open(bytes)) {
			workbook.removeSheetAt(workbook.getSheetIndex(CaseSheet.NAME));
			return WorkbookFiles.bytes(workbook);
		}
	}

	@Test
	void aFilledInTemplateBecomesACase() throws IOException {
		Outcome outcome = reader.read(WorkbookFiles.filledTemplate(), Optional.empty(), DUTCH);

		assertThat(outcome).isInstanceOf(Accepted.class);
		Case c = CaseJson.read(((Accepted) outcome).document());
		assertThat(c.name()).isEqualTo("Uit Excel");
		assertThat(c.schemaVersion()).isEqualTo(2);
		assertThat(c.parties()).hasSize(2);
		assertThat(c.items().get(0).year()).isZero();
		assertThat(c.discountRate().written()).isEqualTo(0.025);
		assertThat(Calculator.calculate(c).parties().get(0).total().net()).isNotZero();
	}

	@Test
	void aTemplateFilledInForTheRealisationOnlyChangesOnlyThatYear() throws IOException {
		String json = SharedFiles.read("cases-v2/valpreventie-hib.json");
		byte[] workbook;
		try (Workbook template = WorkbookFiles.open(Workbooks.template(MESSAGES, DUTCH))) {
			WorkbookFiles.fill(template.getSheet("Realisatie invoer"), List.of(
					List.of("actuals[].year", 2027.0, "actuals[].kind", "activiteit", "actuals[].id", "zvw-zorg",
							"actuals[].field", "volume", "actuals[].value", "600"),
					List.of("actuals[].year", 2027.0, "actuals[].kind", "toelichting", "actuals[].value", "Tweede jaar")));
			workbook = WorkbookFiles.bytes(template);
		}

		Outcome outcome = reader.read(workbook, Optional.of(json), DUTCH);

		assertThat(outcome).isInstanceOf(Accepted.class);
		Case before = CaseJson.read(json);
		Case after = CaseJson.read(((Accepted) outcome).document());
		assertThat(after.actuals()).hasSize(2);
		assertThat(after.actuals().get(0)).isEqualTo(before.actuals().get(0));
		assertThat(after.actuals().get(1).year()).isEqualTo(2027);
		assertThat(after.actuals().get(1).note()).isEqualTo("Tweede jaar");
		assertThat(after.actuals().get(1).activities().get("zvw-zorg").volume()).isEqualTo(600);
		assertThat(after).usingRecursiveComparison().ignoringFields("actuals")
				.withEqualsForType((a, b) -> a.text().equals(b.text()), Formula.class).isEqualTo(before);
	}

	@Test
	void aProblemInTheRealisationIsNamedAtItsCell() throws IOException {
		String json = SharedFiles.read("cases-v2/valpreventie-hib.json");
		byte[] workbook;
		try (Workbook template = WorkbookFiles.open(Workbooks.template(MESSAGES, DUTCH))) {
			WorkbookFiles.fill(template.getSheet("Realisatie invoer"), List.of(
					List.of("actuals[].year", 2026.0, "actuals[].kind", "activiteit", "actuals[].id", "zvw-zorg",
							"actuals[].field", "volume", "actuals[].value", "560"),
					List.of("actuals[].year", 2027.0, "actuals[].kind", "post", "actuals[].id", "opstart",
							"actuals[].field", "bedrag", "actuals[].value", -5.0)));
			workbook = WorkbookFiles.bytes(template);
		}

		Outcome outcome = reader.read(workbook, Optional.of(json), DUTCH);

		assertThat(outcome).isInstanceOf(Refused.class);
		assertThat(((Refused) outcome).problems()).singleElement().asString()
				.startsWith("Realisatie invoer, rij 4, kolom E: ");
	}

	@Test
	void aFormulaIsTextWithAnEqualsSignAndAnExcelCalculationGivesItsValue() throws IOException {
		byte[] workbook;
		try (Workbook filled = WorkbookFiles.open(WorkbookFiles.filledTemplate())) {
			WorkbookFiles.fill(filled.getSheet("Kengetallen"), List.of(List.of("parameters[].id", "tarief",
					"parameters[].value", 60.0)));
			WorkbookFiles.fill(filled.getSheet("Activiteiten"), List.of(List.of("activities[].current.tariff",
					"=tarief * 1,03")));
			filled.getSheet("Doelgroepen").getRow(2).getCell(SheetReader.keys(filled.getSheet("Doelgroepen"))
					.indexOf("targetGroups[].population")).setCellFormula("100*2");
			filled.getCreationHelper().createFormulaEvaluator().evaluateAll();
			workbook = WorkbookFiles.bytes(filled);
		}

		Outcome outcome = reader.read(workbook, Optional.empty(), DUTCH);

		assertThat(outcome).isInstanceOf(Accepted.class);
		Case c = CaseJson.read(((Accepted) outcome).document());
		assertThat(c.activities().get(0).current().tariff().written()).isEqualTo("=tarief * 1.03");
		assertThat(c.targetGroups().get(0).population().written()).isEqualTo(200.0);
	}

	/**
	 * A formula that no spreadsheet program calculated (a file written by a script) has no result in the file:
	 * it is read as the case's formula, never as 0.
	 */
	@Test
	void anExcelFormulaWithoutItsResultIsReadAsAFormulaNotAsZero() throws IOException {
		byte[] workbook;
		try (Workbook filled = WorkbookFiles.open(WorkbookFiles.filledTemplate())) {
			Sheet groups = filled.getSheet("Doelgroepen");
			groups.getRow(2).getCell(SheetReader.keys(groups).indexOf("targetGroups[].population")).setCellFormula("100*2");
			workbook = WorkbookFiles.bytes(filled);
		}

		Outcome outcome = reader.read(workbook, Optional.empty(), DUTCH);

		assertThat(outcome).isInstanceOf(Accepted.class);
		Case c = CaseJson.read(((Accepted) outcome).document());
		// a formula of numbers alone is its number, as on the pages
		assertThat(c.targetGroups().get(0).population().written()).isEqualTo(200.0);
	}

	@Test
	void aKeyFigureAddedToACaseOfVersionOneMakesItVersionTwoAsOnThePages() throws IOException {
		String json = SharedFiles.read("cases/druppelbril.json");
		byte[] workbook;
		try (Workbook export = WorkbookFiles.open(Workbooks.export(json, MESSAGES, DUTCH))) {
			WorkbookFiles.fill(export.getSheet("Kengetallen"), List.of(List.of("parameters[].id", "tarief",
					"parameters[].value", 78.5)));
			workbook = WorkbookFiles.bytes(export);
		}

		Outcome outcome = reader.read(workbook, Optional.of(json), DUTCH);

		assertThat(outcome).isInstanceOf(Accepted.class);
		Case c = CaseJson.read(((Accepted) outcome).document());
		assertThat(c.schemaVersion()).isEqualTo(2);
		assertThat(c.parameters()).hasSize(1);
	}

	@Test
	void problemsInThreePlacesAreEachNamedWithSheetRowAndColumn() throws IOException {
		byte[] workbook;
		try (Workbook filled = WorkbookFiles.open(WorkbookFiles.filledTemplate())) {
			WorkbookFiles.fill(filled.getSheet("Activiteiten"), List.of(List.of("activities[].current.volume", "veel",
					"activities[].provider", "onbekend")));
			WorkbookFiles.fill(filled.getSheet("Doelgroepen"), List.of(List.of("targetGroups[].successRate", 1.5)));
			workbook = WorkbookFiles.bytes(filled);
		}

		Outcome outcome = reader.read(workbook, Optional.empty(), DUTCH);

		assertThat(outcome).isInstanceOf(Refused.class);
		List<String> problems = ((Refused) outcome).problems();
		assertThat(problems).hasSize(3);
		assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("Activiteiten, rij 3, kolom I: 'veel' is geen getal"));
		assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("Activiteiten, rij 3, kolom E: ").contains("partij"));
		assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("Doelgroepen, rij 3, kolom F: ").contains("100 %"));
		// in reading order: on a sheet from left to right, whether the reader or the engine found it
		List<String> activities = problems.stream().filter(p -> p.startsWith("Activiteiten")).toList();
		assertThat(activities.get(0)).startsWith("Activiteiten, rij 3, kolom E");
		assertThat(activities.get(1)).startsWith("Activiteiten, rij 3, kolom I");
	}

	@Test
	void whatIsNoWorkbookOfOntschotIsRefusedWithASentence() throws IOException {
		List<String> sentences = new ArrayList<>();
		sentences.addAll(refusal(new byte[0]));
		sentences.addAll(refusal("{\"schemaVersion\": 1}".getBytes(StandardCharsets.UTF_8)));
		try (XSSFWorkbook macros = new XSSFWorkbook(XSSFWorkbookType.XLSM)) {
			macros.createSheet("Blad1");
			sentences.addAll(refusal(WorkbookFiles.bytes(macros)));
		}
		try (XSSFWorkbook other = new XSSFWorkbook()) {
			other.createSheet("Blad1").createRow(0).createCell(0).setCellValue("iets anders");
			sentences.addAll(refusal(WorkbookFiles.bytes(other)));
		}

		try (XSSFWorkbook linked = (XSSFWorkbook) WorkbookFiles.open(WorkbookFiles.filledTemplate());
				XSSFWorkbook other = new XSSFWorkbook()) {
			linked.linkExternalWorkbook("begroting.xlsx", other);
			linked.getSheet("Doelgroepen").getRow(2).createCell(3).setCellFormula("[begroting.xlsx]Blad1!A1");
			sentences.addAll(refusal(WorkbookFiles.bytes(linked)));
		}
		try (Workbook tooLong = WorkbookFiles.open(WorkbookFiles.filledTemplate())) {
			tooLong.getSheet("Posten").createRow(WorkbookImport.MAX_ROWS).createCell(0).setCellValue("x");
			sentences.addAll(refusal(WorkbookFiles.bytes(tooLong)));
		}
		sentences.addAll(refusal(withBomb(WorkbookFiles.filledTemplate())));

		assertThat(sentences).containsExactly("Dit bestand is leeg.",
				"Dit bestand is geen Excel-werkmap (.xlsx) of is beschadigd.",
				"Deze werkmap bevat macro's; sla hem op als gewone werkmap (.xlsx) en lees hem opnieuw in.",
				"Dit bestand heeft geen bladen van Ontschot: neem de invoer van de voorbeeldwerkmap over.",
				"Deze werkmap verwijst naar andere bestanden; neem de waarden over en lees hem opnieuw in.",
				"blad Posten: Dit blad heeft meer dan 20.000 regels, en een casus heeft er hoogstens 20.000; alleen de "
						+ "eerste 20.000 zijn gelezen en gecontroleerd.",
				"Dit bestand is te groot (hoogstens 5 MB) of pakt uit tot te veel gegevens.");
	}

	/** A workbook with one more part that unpacks to a thousand times its packed size. */
	private static byte[] withBomb(byte[] workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				in.transferTo(zip);
				zip.closeEntry();
			}
			zip.putNextEntry(new ZipEntry("xl/media/leeg.xml"));
			byte[] spaces = new byte[1 << 20];
			java.util.Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 50; i++) {
				zip.write(spaces);
			}
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	private List<String> refusal(byte[] bytes) {
		Outcome outcome = reader.read(bytes, Optional.empty(), DUTCH);
		assertThat(outcome).isInstanceOf(Refused.class);
		return ((Refused) outcome).problems();
	}
}
