package nl.ontschot.app.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

import nl.ontschot.app.reports.ReportCommand;
import nl.ontschot.app.workbook.internal.SheetReader;
import nl.ontschot.engine.SharedFiles;

/**
 * What the workbook tests share: the app's texts without a Spring context, the shared example cases, and a
 * filled-in template.
 */
public final class WorkbookFiles {

	private WorkbookFiles() {
	}

	/** The message source the command line builds by hand. */
	public static MessageSource messages() {
		return ReportCommand.messages();
	}

	/** Every shared example case, of both versions, as a path under the shared folder. */
	static List<String> examples() {
		List<String> all = new ArrayList<>();
		SharedFiles.exampleCases().forEach(n -> all.add("cases/" + n + ".json"));
		SharedFiles.exampleCasesV2().forEach(n -> all.add("cases-v2/" + n + ".json"));
		return all;
	}

	public static Stream<String> examplesAndTheLargeCase() {
		return Stream.concat(examples().stream(), Stream.of("bench/large-25-parties.json"));
	}

	public static Workbook open(byte[] bytes) {
		try {
			return new XSSFWorkbook(new ByteArrayInputStream(bytes));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static byte[] bytes(Workbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

	/** A filled-in template: two parties, a target group, an activity and an item. */
	public static byte[] filledTemplate() throws IOException {
		try (Workbook workbook = open(Workbooks.template(messages(), Locale.forLanguageTag("nl-NL")))) {
			Sheet settings = workbook.getSheet("Casus");
			setting(settings, "name", "Uit Excel");
			setting(settings, "startYear", 2027);
			setting(settings, "horizonYears", 3);
			setting(settings, "discountRate", "2,5 %");
			fill(workbook.getSheet("Partijen"), List.of(
					List.of("parties[].id", "wijkteam", "parties[].name", "Wijkteam", "parties[].type", "gemeente"),
					List.of("parties[].id", "zvw", "parties[].name", "Zorgverzekeraar", "parties[].type",
							"zorgverzekeraar")));
			fill(workbook.getSheet("Doelgroepen"), List.of(List.of("targetGroups[].id", "ouderen",
					"targetGroups[].population", 200.0, "targetGroups[].successRate", 0.5)));
			fill(workbook.getSheet("Activiteiten"), List.of(List.of("activities[].id", "thuiszorg",
					"activities[].name", "Thuiszorg", "activities[].provider", "wijkteam", "activities[].financier", "zvw",
					"activities[].current.volume", 10.0, "activities[].current.tariff", 60.0,
					"activities[].future.volume", "8")));
			fill(workbook.getSheet("Posten"), List.of(List.of("items[].id", "training", "items[].name", "Training",
					"items[].type", "kosten", "items[].recurrence", "incidenteel", "items[].year", 2027.0,
					"items[].amount", 5000.0, "items[].party", "wijkteam")));
			return bytes(workbook);
		}
	}

	private static void setting(Sheet sheet, String field, Object value) {
		for (Row row : sheet) {
			Cell key = row.getCell(2);
			if (key != null && key.getStringCellValue().equals(field)) {
				set(row.createCell(1), value);
			}
		}
	}

	/** Fills rows from row 3 on, each given as pairs of a column's key and its value. */
	public static void fill(Sheet sheet, List<List<Object>> rows) {
		List<String> keys = SheetReader.keys(sheet);
		for (int r = 0; r < rows.size(); r++) {
			Row row = sheet.getRow(2 + r) == null ? sheet.createRow(2 + r) : sheet.getRow(2 + r);
			List<Object> pairs = rows.get(r);
			for (int i = 0; i < pairs.size(); i += 2) {
				set(row.createCell(keys.indexOf((String) pairs.get(i))), pairs.get(i + 1));
			}
		}
	}

	private static void set(Cell cell, Object value) {
		if (value instanceof Double d) {
			cell.setCellValue(d);
		} else if (value instanceof Integer i) {
			cell.setCellValue(i);
		} else {
			cell.setCellValue((String) value);
		}
	}
}
