package nl.ontschot.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.ontschot.engine.SharedFiles;
import nl.ontschot.engine.json.CaseJson;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code ./ontschot report}: the same report from a case file, and what it says when it cannot make one. */
class ReportCommandTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return new ReportCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
	}

	private Path caseFile(String shared) throws IOException {
		return Files.writeString(dir.resolve("casus.json"), SharedFiles.read(shared));
	}

	@Test
	void writesTheReportOfACaseFileWithItsUncertaintyRunOnTheSpot() throws IOException {
		Path pdf = dir.resolve("rapport.pdf");

		int code = run(caseFile("cases-v2/valpreventie-hib.json").toString(), "--pdf", pdf.toString());

		assertThat(code).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Geschreven: " + pdf);
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Valpreventie met een health impact bond", "bestand casus.json",
					"trekkingen van de onzekerheidsanalyse", "Zorgaanbieders samen");
		}
	}

	@Test
	void writesTheWorkbookBesideTheReportWithOneRunOfTheUncertainty() throws IOException {
		Path pdf = dir.resolve("rapport.pdf");
		Path xlsx = dir.resolve("werkmap.xlsx");

		int code = run(caseFile("cases-v2/valpreventie-hib.json").toString(), "--xlsx", xlsx.toString(), "--pdf",
				pdf.toString());

		assertThat(code).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Geschreven: " + pdf, "Geschreven: " + xlsx);
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
			assertThat(workbook.getSheet("Per jaar")).isNotNull();
			assertThat(workbook.getSheet("Onzekerheid")).isNotNull();
			assertThat(workbook.getSheet("Realisatie")).isNotNull();
		}
	}

	/** A list longer than the annex shows: its first lines, and a sentence that the workbook has them all. */
	@Test
	void theAnnexShowsTheFirstThousandLinesOfAListAndSaysWhereTheRestIs() throws IOException {
		ObjectNode c = (ObjectNode) CaseJson.parse(SharedFiles.read("bench/large-25-parties.json"));
		ArrayNode items = (ArrayNode) c.get("items");
		int original = items.size();
		for (int i = original; i < 1_100; i++) {
			ObjectNode copy = (ObjectNode) items.get(i % original).deepCopy();
			items.add(copy.put("id", "extra" + i).put("name", "Extra post " + i));
		}
		Path file = Files.writeString(dir.resolve("casus.json"), c.toString());
		Path pdf = dir.resolve("rapport.pdf");

		assertThat(run(file.toString(), "--pdf", pdf.toString())).isZero();

		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Extra post 999 ", "Hierboven de eerste 1.000 van de 1.100 regels; de werkmap")
					.doesNotContain("Extra post 1000 ", "Extra post 1099");
		}
	}

	@Test
	void inEnglishWithLangEn() throws IOException {
		Path pdf = dir.resolve("report.pdf");

		assertThat(run(caseFile("cases/druppelbril.json").toString(), "--pdf", pdf.toString(), "--lang", "en")).isZero();

		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertThat(new PDFTextStripper().getText(document)).contains("Report for the steering group", "file casus.json");
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
		}
	}

	@Test
	void anInvalidCaseListsEveryProblemWithItsPlaceAndWritesNothing() throws IOException {
		Path file = Files.writeString(dir.resolve("fout.json"),
				"{\"schemaVersion\":1,\"name\":\"x\",\"startYear\":2026,\"horizonYears\":0,\"parties\":[]}");
		Path pdf = dir.resolve("rapport.pdf");

		assertThat(run(file.toString(), "--pdf", pdf.toString())).isEqualTo(ReportCommand.INVALID_CASE);

		assertThat(err.toString(StandardCharsets.UTF_8)).contains("error: horizonYears: ", "error: parties: ");
		assertThat(pdf).doesNotExist();
	}

	@Test
	void wrongUseMissingFilesAndUnwritableOutputHaveTheirOwnExitCodes() throws IOException {
		Path file = caseFile("cases/druppelbril.json");

		assertThat(run(file.toString())).isEqualTo(ReportCommand.USAGE);
		assertThat(run(file.toString(), "--pdf")).isEqualTo(ReportCommand.USAGE);
		assertThat(run(file.toString(), "--pdf", "x.pdf", "--lang", "fr")).isEqualTo(ReportCommand.USAGE);
		assertThat(run(file.toString(), "--pdf", "x.pdf", "--colour")).isEqualTo(ReportCommand.USAGE);
		assertThat(run(dir.resolve("weg.json").toString(), "--pdf", "x.pdf")).isEqualTo(ReportCommand.NO_INPUT);
		assertThat(run(file.toString(), "--pdf", file.toString())).isEqualTo(ReportCommand.USAGE);
		assertThat(run(file.toString(), "--pdf", "uit", "--xlsx", "uit")).isEqualTo(ReportCommand.USAGE);
		assertThat(file).content().startsWith("{");
		assertThat(run(file.toString(), "--pdf", dir.resolve("geen/map/x.pdf").toString()))
				.isEqualTo(ReportCommand.CANNOT_CREATE);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("--pdf UIT.pdf en/of --xlsx UIT.xlsx", "--lang vraagt nl of en",
				"onbekende optie \"--colour\"", "bestand niet gevonden", "kan ", "drie verschillende bestanden");
	}
}
