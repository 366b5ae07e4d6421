package nl.ontschot.app.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

import nl.ontschot.app.workbook.internal.CaseSheet;
import nl.ontschot.app.workbook.internal.InputSheets;
import nl.ontschot.app.workbook.internal.Instructions;
import nl.ontschot.app.workbook.internal.ResultSheets;
import nl.ontschot.app.workbook.internal.Styles;
import nl.ontschot.app.workbook.internal.Texts;
import nl.ontschot.engine.InvalidCaseException;
import nl.ontschot.engine.calculation.PreparedCase;
import nl.ontschot.engine.json.CaseJson;
import nl.ontschot.engine.result.CalculationResult;
import nl.ontschot.engine.result.UncertaintyResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The controller's workbook of a case (issue 10, ADR 19), without a Spring context, so that the command line
 * writes the same workbook as the app: the input sheets (importable again), the results per year and in the
 * overview, the settlement, and where the case has them the arrangements, scenarios, uncertainty and
 * realisation.
 */
public final class Workbooks {

	/** The media type of an .xlsx file. */
	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private Workbooks() {
	}

	/**
	 * The workbook of a case document in the case format; its words in the locale's language (Dutch, or English
	 * for {@code en}). Throws {@link InvalidCaseException} with every problem of an invalid document.
	 */
	public static byte[] export(String caseDocumentJson, MessageSource messages, Locale locale) {
		JsonNode document = CaseJson.parse(caseDocumentJson);
		PreparedCase prepared = PreparedCase.of(CaseJson.read(document));
		CalculationResult result = prepared.calculate();
		return write(caseDocumentJson, document, prepared, result, result.uncertainty(), new Texts(messages, locale));
	}

	/**
	 * The workbook as the server makes it within a request: without a Monte Carlo run of its own (ADR 9), its
	 * Onzekerheid sheet from {@code uncertainty}, that of a run of this very document when one finished;
	 * without that sheet when none did.
	 */
	public static byte[] export(String caseDocumentJson, Optional<UncertaintyResult> uncertainty, MessageSource messages,
			Locale locale) {
		JsonNode document = CaseJson.parse(caseDocumentJson);
		PreparedCase prepared = PreparedCase.of(CaseJson.read(document));
		return write(caseDocumentJson, document, prepared, prepared.calculateWithoutUncertainty(), uncertainty,
				new Texts(messages, locale));
	}

	private static byte[] write(String caseDocumentJson, JsonNode document, PreparedCase prepared,
			CalculationResult result, Optional<UncertaintyResult> uncertainty, Texts texts) {
		// streamed: every sheet is written top to bottom, and a large case's thousands of cells are written in a
		// fraction of the time a workbook held whole in memory takes. Texts go to the shared strings, as Excel
		// writes them: a text written inline cannot be changed by a program that edits the file with POI.
		SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), ROWS_IN_MEMORY, false, true);
		try (workbook) {
			Styles styles = new Styles(workbook);
			new InputSheets(workbook, styles, texts).write(document);
			new ResultSheets(workbook, styles, texts, prepared, result, uncertainty).write(document);
			CaseSheet.write(workbook, caseDocumentJson);
			return bytes(workbook);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} finally {
			// the streamed rows' temporary files
			workbook.dispose();
		}
	}

	/** Rows of a sheet kept in memory while it is written; the rest is on its way to the file. */
	private static final int ROWS_IN_MEMORY = 100;

	/**
	 * The template to fill in offline: the input sheets of an empty case in schema version 2, and a sheet that
	 * says how to fill them in.
	 */
	public static byte[] template(MessageSource messages, Locale locale) {
		Texts texts = new Texts(messages, locale);
		ObjectNode empty = JsonNodeFactory.instance.objectNode();
		empty.put("schemaVersion", 2);
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			Instructions.write(workbook, styles, texts);
			new InputSheets(workbook, styles, texts).write(empty);
			return bytes(workbook);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static byte[] bytes(Workbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}
}
