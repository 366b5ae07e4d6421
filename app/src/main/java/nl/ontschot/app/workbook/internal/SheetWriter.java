package nl.ontschot.app.workbook.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes one sheet as a table: cells by row and column, widths after the longest text of each column, and at
 * the end a frozen header, a filter on it and the header repeated on every printed page.
 */
final class SheetWriter {

	/** Widths in characters: a column is never narrower than a number or wider than a short sentence. */
	private static final int NARROWEST = 8;
	private static final int WIDEST = 60;

	private final Sheet sheet;
	private final Styles styles;
	private final List<Integer> widths = new ArrayList<>();
	private int lastRow = -1;

	SheetWriter(Sheet sheet, Styles styles) {
		this.sheet = sheet;
		this.styles = styles;
	}

	Sheet sheet() {
		return sheet;
	}

	Styles styles() {
		return styles;
	}

	Cell cell(int row, int column) {
		Row r = sheet.getRow(row);
		if (r == null) {
			r = sheet.createRow(row);
		}
		lastRow = Math.max(lastRow, row);
		return r.createCell(column);
	}

	void text(int row, int column, String value) {
		text(row, column, value, styles.plain);
	}

	void text(int row, int column, String value, CellStyle style) {
		Cell cell = cell(row, column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
		int longest = 0;
		for (String line : value.split("\n", -1)) {
			longest = Math.max(longest, line.length());
		}
		widen(column, longest);
	}

	void header(int row, int column, String value) {
		text(row, column, value, styles.header);
	}

	void number(int row, int column, double value, CellStyle style) {
		Cell cell = cell(row, column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
		// a shown number: its digits, separators and a unit
		widen(column, Long.toString(Math.round(Math.abs(value))).length() * 4 / 3 + 4);
	}

	private void widen(int column, int characters) {
		while (widths.size() <= column) {
			widths.add(NARROWEST);
		}
		widths.set(column, Math.max(widths.get(column), Math.min(WIDEST, characters + 2)));
	}

	/**
	 * Sets the widths, freezes the rows up to and including {@code headerRow}, puts a filter on the table from
	 * the header down, and repeats the rows up to the header on every printed page.
	 */
	void table(int headerRow, int columns) {
		table(headerRow, columns, lastRow);
	}

	/** As {@link #table(int, int)}, for a table that ends at {@code lastTableRow} with more below it. */
	void table(int headerRow, int columns, int lastTableRow) {
		for (int c = 0; c < Math.max(columns, widths.size()); c++) {
			sheet.setColumnWidth(c, (c < widths.size() ? widths.get(c) : NARROWEST) * 256);
		}
		sheet.createFreezePane(0, headerRow + 1);
		sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastTableRow), 0, Math.max(0, columns - 1)));
		sheet.setRepeatingRows(CellRangeAddress.valueOf("1:" + (headerRow + 1)));
		sheet.getPrintSetup().setLandscape(true);
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
	}
}
