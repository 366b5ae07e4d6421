package nl.ontschot.app.workbook.internal;

import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The whole case document in a very hidden sheet of an exported workbook (ADR 19): what the visible sheets
 * cannot hold in cells (settlement terms aside, the scenarios, the uncertainty, the conversation, the
 * arrangements) travels with it, so that the export read in as a new case gives the same case.
 */
public final class CaseSheet {

	public static final String NAME = "ontschot-casus";
	private static final String MARK = "ontschot-case-json";
	/** A cell holds at most 32,767 characters. */
	private static final int CHUNK = 30_000;

	private CaseSheet() {
	}

	public static void write(Workbook workbook, String document) {
		Sheet sheet = workbook.createSheet(NAME);
		sheet.createRow(0).createCell(0).setCellValue(MARK);
		int row = 1;
		for (int from = 0; from < document.length(); from += CHUNK) {
			sheet.createRow(row++).createCell(0).setCellValue(document.substring(from,
					Math.min(document.length(), from + CHUNK)));
		}
		workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
	}

	/** The text an exported workbook carries as its document, if it has one; damaged, it need not be JSON. */
	static Optional<String> read(Workbook workbook) {
		Sheet sheet = workbook.getSheet(NAME);
		if (sheet == null || !MARK.equals(text(sheet.getRow(0)))) {
			return Optional.empty();
		}
		StringBuilder document = new StringBuilder();
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			document.append(text(sheet.getRow(r)));
		}
		return Optional.of(document.toString());
	}

	private static String text(Row row) {
		Cell cell = row == null ? null : row.getCell(0);
		return cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "";
	}
}
