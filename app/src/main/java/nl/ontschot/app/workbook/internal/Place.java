package nl.ontschot.app.workbook.internal;

import org.apache.poi.ss.util.CellReference;

/**
 * Where in a workbook something is: a sheet, and in it a row and a column (both from 0; -1 when the place is the
 * whole sheet or the whole row).
 */
record Place(String sheet, int row, int column) {

	static Place of(String sheet) {
		return new Place(sheet, -1, -1);
	}

	Place atColumn(int c) {
		return new Place(sheet, row, c);
	}

	/** In Excel's words: "Activiteiten, rij 4, kolom F"; a row number ungrouped, as Excel numbers its rows. */
	String text(Texts texts) {
		if (row < 0) {
			return texts.get("workbook.place.sheet", sheet);
		}
		if (column < 0) {
			return texts.get("workbook.place.row", sheet, String.valueOf(row + 1));
		}
		return texts.get("workbook.place.cell", sheet, String.valueOf(row + 1), CellReference.convertNumToColString(column));
	}
}
