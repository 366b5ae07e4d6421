package nl.ontschot.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** The report's font without its substitution table, and otherwise whole. */
class PdfReportFontTest {

	private static byte[] font() throws IOException {
		try (InputStream in = PdfReport.class.getClassLoader().getResourceAsStream("fonts/DejaVuSans.ttf")) {
			return in.readAllBytes();
		}
	}

	private static TrueTypeFont parse(byte[] bytes) throws IOException {
		return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
	}

	@Test
	void theFontLosesItsSubstitutionTableAndKeepsItsGlyphs() throws IOException {
		byte[] original = font();
		try (TrueTypeFont before = parse(original.clone())) {
			assertThat(before.getTableMap()).containsKey("GSUB");
		}

		try (TrueTypeFont after = parse(PdfReport.withoutSubstitutions(original))) {
			assertThat(after.getTableMap()).doesNotContainKey("GSUB").containsKeys("glyf", "cmap", "GPOS");
			assertThat(after.getUnicodeCmapLookup().getGlyphId('€')).isPositive();
			assertThat(after.getName()).isEqualTo("DejaVuSans");
		}
	}
}
