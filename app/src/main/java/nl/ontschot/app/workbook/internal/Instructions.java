package nl.ontschot.app.workbook.internal;

import org.apache.poi.ss.usermodel.Workbook;

/** The template's first sheet: how to fill in the other sheets, in a few sentences. */
public final class Instructions {

	/** The number of sentences under {@code workbook.instructions.N}. */
	private static final int SENTENCES = 9;

	private Instructions() {
	}

	public static void write(Workbook workbook, Styles styles, Texts texts) {
		SheetWriter sheet = new SheetWriter(workbook.createSheet(texts.get("workbook.sheet.instructions")), styles);
		sheet.text(0, 0, texts.get("workbook.instructions.title"), styles.title);
		for (int i = 1; i <= SENTENCES; i++) {
			sheet.text(i + 1, 0, texts.get("workbook.instructions." + i), styles.lines);
		}
		sheet.sheet().setColumnWidth(0, 110 * 256);
	}
}
