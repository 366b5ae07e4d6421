package nl.ontschot.app.workbook.internal;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of a workbook, made once per workbook (Excel allows a limited number of styles). Formats are
 * written in the file's own notation (a comma groups thousands, a point is decimal); Excel shows them in the
 * reader's notation, so a Dutch Excel shows {@code € 1.234} and {@code 12,5 %}.
 */
public final class Styles {

	final CellStyle header;
	final CellStyle euros;
	final CellStyle cents;
	final CellStyle whole;
	final CellStyle tenths;
	final CellStyle percent;
	final CellStyle plain;
	final CellStyle text;
	final CellStyle lines;
	final CellStyle title;

	public Styles(Workbook workbook) {
		DataFormat formats = workbook.createDataFormat();
		Font bold = workbook.createFont();
		bold.setBold(true);
		header = workbook.createCellStyle();
		header.setFont(bold);
		header.setWrapText(true);
		title = workbook.createCellStyle();
		Font large = workbook.createFont();
		large.setBold(true);
		large.setFontHeightInPoints((short) 14);
		title.setFont(large);
		euros = format(workbook, formats, "\"€ \"#,##0;\"€ \"-#,##0");
		cents = format(workbook, formats, "\"€ \"#,##0.00;\"€ \"-#,##0.00");
		whole = format(workbook, formats, "#,##0");
		tenths = format(workbook, formats, "#,##0.0");
		percent = format(workbook, formats, "0.0# %");
		plain = format(workbook, formats, "General");
		text = format(workbook, formats, "@");
		lines = workbook.createCellStyle();
		lines.setWrapText(true);
		lines.setDataFormat(formats.getFormat("@"));
	}

	private static CellStyle format(Workbook workbook, DataFormat formats, String pattern) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(formats.getFormat(pattern));
		return style;
	}
}
