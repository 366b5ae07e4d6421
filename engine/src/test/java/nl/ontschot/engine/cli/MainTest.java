package nl.ontschot.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.byLessThan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.ontschot.engine.SharedFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line as a person uses it: output, messages and exit codes. */
class MainTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), Texts.DUTCH).run(args);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private static String example(String name) {
		return SharedFiles.root().resolve("cases/" + name + ".json").toString();
	}

	@Test
	void calculatePrintsTheResultJson() {
		assertThat(run("calculate", example("druppelbril"))).isZero();

		assertThat(JsonMapper.builder().build().readTree(out()).get("settlement").get("method").asString())
				.isEqualTo("SHAPLEY");
		assertThat(err()).isEmpty();
	}

	@Test
	void tableShowsADutchOverviewPerParty() {
		assertThat(run("calculate", example("druppelbril"), "--format", "table")).isZero();

		assertThat(out()).contains("Thuiszorg Noord (thuiszorg, zorgaanbieder)", "Huidige en toekomstige situatie",
				"Incidentele kosten", "Structurele kosten", "Netto effect", "Vrijgekomen capaciteit (fte)",
				"€ -925.878", "Zorgverzekeraar Zuid betaalt Thuiszorg Noord € 903.378,00");
	}

	@Test
	void tableInEnglish() {
		assertThat(run("--lang", "en", "calculate", example("wijkaanpak"), "--format", "table")).isZero();

		assertThat(out()).contains("Net effect", "This group of parties is better off alone: VVT-aanbieder",
				"items.huisvesting: category HOUSING is not counted (includedCategories)")
				.doesNotContain("Netto effect");
	}

	private static String exampleV2(String name) {
		return SharedFiles.root().resolve("cases-v2/" + name + ".json").toString();
	}

	@Test
	void tableOfAVersion2CaseShowsKeyFiguresArrangementsScenariosAndRealisation() {
		assertThat(run("calculate", exampleV2("valpreventie-hib"), "--format", "table")).isZero();

		String table = out();
		assertThat(table.lines().filter(l -> l.contains("Deelnemers aan het beweegprogramma")))
				.singleElement().asString().contains("ouderen", "2.310", "2.500");
		assertThat(table).contains("Kengetallen", "Zorgkosten Zvw per val", "6.947,5",
				"Afspraak: Health impact bond (hib, impact bond)",
				"Afspraak: Gedeelde besparing verzekeraar (shared-savings, gedeelde besparing)",
				"Voorwaarde gehaald: Relatieve daling van het aantal vallen ten minste 0,15",
				"Rendement van de investeerder (IRR): 6,0 %", "Vergelijking van de afspraken", "geen afspraak",
				"Pessimistisch", "Optimistisch", "Netto per financieringsdomein", "Wmo",
				"Terugverdienjaar: 2030", "Terugverdienjaar: niet terugverdiend binnen de looptijd",
				"Realisatie en plan (gerealiseerd: 2026)", "gerealiseerd + plan");
		assertThat(err()).isEmpty();
	}

	@Test
	void version2TableRowsAddUp() {
		run("calculate", exampleV2("valpreventie-hib"), "--format", "table");

		// the investor's payments in the impact bond: the years add up to the total
		String investor = out().lines().filter(l -> l.startsWith("  Sociaal investeringsfonds")).findFirst()
				.orElseThrow();
		assertThat(investor).contains("€ -492.525", "€ -381.750", "€ 1.910.061", "€ 272.286");
		// the comparison: every column totals the same (arrangements only move money between parties)
		assertThat(out().lines().filter(l -> l.startsWith("  totaal")).filter(l -> l.contains("€ 2.095.030")))
				.isNotEmpty();
	}

	@Test
	void realisationPerYearShowsPlanRealisedAndDifferenceOfEveryPartyAsInTheExpectedResult() throws IOException {
		assertThat(run("calculate", exampleV2("valpreventie-hib"), "--format", "table")).isZero();
		JsonNode expected = JsonMapper.builder().build().readTree(
				Files.readString(SharedFiles.root().resolve("cases-v2/valpreventie-hib.expected.json")));

		List<String> section = out().lines().dropWhile(l -> !l.startsWith("Realisatie en plan per jaar, nominaal"))
				.skip(1).takeWhile(l -> !l.isEmpty()).toList();
		JsonNode parties = expected.get("parties");
		// a header, three rows per party and three for the total
		assertThat(section).hasSize(1 + 3 * (parties.size() + 1));
		// only the year with actuals is marked
		assertThat(section.get(0).trim().split(" +")).containsExactly("2026*", "2027", "2028", "2029", "2030",
				"totaal");
		int years = expected.get("years").size();
		long[][] sums = new long[3][years + 1];
		for (int i = 0; i < parties.size(); i++) {
			JsonNode party = parties.get(i);
			String id = party.get("id").asString();
			List<String> rows = section.subList(1 + 3 * i, 4 + 3 * i);
			assertThat(rows.get(0)).startsWith("  " + party.get("name").asString() + " ");
			double[] realised = new double[years];
			for (int t = 0; t < years; t++) {
				realised[t] = party.get("years").get(t).get("net").asDouble();
			}
			// the realised row and the difference are each rounded so that they add up, within a euro of the
			// result (so a year where the variance is 0 shows 0); the plan is their difference: within two euros
			long[] plan = row(rows.get(0), "plan", values(expected.at("/plan/parties/" + id + "/years")), 2);
			long[] actual = row(rows.get(1), "gerealiseerd + plan", realised, 1);
			long[] variance = row(rows.get(2), "verschil", values(expected.at("/variance/" + id + "/years")), 1);
			for (int j = 0; j <= years; j++) {
				assertThat(actual[j] - plan[j]).isEqualTo(variance[j]);
				sums[0][j] += plan[j];
				sums[1][j] += actual[j];
				sums[2][j] += variance[j];
			}
		}
		// the total rows add up the parties
		List<String> total = section.subList(section.size() - 3, section.size());
		assertThat(total.get(0)).startsWith("  totaal ");
		for (int k = 0; k < 3; k++) {
			assertThat(euros(total.get(k))).containsExactly(sums[k]);
		}
	}

	private static double[] values(JsonNode array) {
		double[] values = new double[array.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = array.get(i).asDouble();
		}
		return values;
	}

	/** The row's whole euros per year and total: of the given kind, each year near its figure, adding up. */
	private static long[] row(String row, String kind, double[] expected, double within) {
		assertThat(row).contains(" " + kind + " ");
		long[] cells = euros(row);
		assertThat(cells).hasSize(expected.length + 1);
		for (int t = 0; t < expected.length; t++) {
			assertThat((double) cells[t]).as("%s in year %d", kind, t).isCloseTo(expected[t], byLessThan(within));
		}
		assertThat(cells[expected.length]).isEqualTo(LongStream.of(cells).limit(expected.length).sum());
		return cells;
	}

	private static long[] euros(String row) {
		return Pattern.compile("€ (-?[0-9.]+)").matcher(row).results()
				.mapToLong(m -> Long.parseLong(m.group(1).replace(".", ""))).toArray();
	}

	@Test
	void version2TableInEnglish() {
		assertThat(run("--lang", "en", "calculate", exampleV2("valpreventie-hib"), "--format", "table")).isZero();

		assertThat(out()).contains("Key figures", "Arrangement: Health impact bond (hib, impact bond)",
				"Investor's return (IRR): 6.0 %", "no arrangement", "Net per financing domain",
				"Payback year: no payback within the horizon", "realised + plan",
				"Realisation and plan per year, nominal (* realised year; the other years as planned)")
				.doesNotContain("Kengetallen", "Terugverdienjaar");
	}

	@Test
	void tableShowsTheUncertaintyTornadoSwitchingValuesAndConditionChance() {
		assertThat(run("calculate", exampleV2("valpreventie-hib"), "--format", "table", "--iterations", "200",
				"--seed", "5")).isZero();

		String table = out();
		assertThat(table).contains("Onzekerheid (200 trekkingen)",
				"Netto na verrekening                Kans onder nul             P5  P50 (mediaan)            P95");
		// a party that always pays on balance is below zero in every draw
		assertThat(table.lines().filter(l -> l.startsWith("  Zorgaanbieders samen ") && l.contains("100 %")))
				.hasSize(1);
		// the tornado and the switching values do not depend on the draws: as in valpreventie-hib.expected.json,
		// largest difference first, the key figures by name, their values as plain numbers
		assertThat(table).contains("""
				  Kans op een val per jaar zonder programma             0,2            0,4       € -392.617      € 4.042.199 \
				""" + "\u2588".repeat(30) + "\n", """
				  Relatieve daling van het aantal vallen                0,1           0,35       € -268.089      € 3.670.442 \
				""" + "\u2588".repeat(27) + "\n", """
				  Verpleeghuisdagen per val (gemiddeld)                   6             18      € 1.100.098      € 3.089.961 \
				""" + "\u2588".repeat(13) + "\n");
		assertThat(table).contains("""
				Omslagpunten
				  Zorgverzekeraar Zuid speelt quitte bij Kans op een val per jaar zonder programma = 0,2496
				  Sociaal investeringsfonds speelt quitte bij Relatieve daling van het aantal vallen = 0,15
				""");
		assertThat(table).containsPattern("Kans dat de voorwaarde van Health impact bond gehaald wordt: \\d+(,\\d{1,2})? %");
		// not a terminal: no progress line
		assertThat(err()).isEmpty();
	}

	@Test
	void switchingValuesNameTheFieldAndShowItAsItIs() {
		assertThat(run("calculate", exampleV2("ketenzorg-diabetes-bundel"), "--format", "table", "--iterations",
				"20")).isZero();

		// a success rate is a percentage of the target group it belongs to; an arrangement's term likewise
		assertThat(out()).contains(
				"Zorgverzekeraar Noordwest speelt quitte bij slagingspercentage van Patiënten met diabetes type 2"
						+ " = 42,5 %",
				"Zorgverzekeraar Noordwest speelt quitte bij Daling medisch-specialistische zorg = 0,2578",
				"  deelpercentage van Gedeelde besparing op ziekenhuiszorg            30 %           70 %");
	}

	@Test
	void onATerminalTheIterationsDoneShowOnOneLineThatIsClearedAtTheEnd() {
		Main terminal = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), Texts.DUTCH, true);

		assertThat(terminal.run(new String[] { "calculate", exampleV2("valpreventie-hib"), "--iterations", "2000" }))
				.isZero();

		assertThat(err()).startsWith("\rOnzekerheid: ").contains("\rOnzekerheid: 2.000 van 2.000 trekkingen\r")
				.endsWith("\r").doesNotContain("\n");
	}

	@Test
	void uncertaintyInEnglish() {
		assertThat(run("--lang", "en", "calculate", exampleV2("valpreventie-hib"), "--format", "table",
				"--iterations", "200")).isZero();

		assertThat(out()).contains("Uncertainty (200 draws)", "Chance below zero", "Switching values",
				"Zorgverzekeraar Zuid breaks even at Kans op een val per jaar zonder programma = 0.2496",
				"Chance that the condition of Health impact bond is met:")
				.doesNotContain("Onzekerheid", "speelt quitte");
	}

	@Test
	void version1TableHasNoVersion2Sections() {
		assertThat(run("calculate", example("druppelbril"), "--format", "table")).isZero();

		assertThat(out()).doesNotContain("Kengetallen", "Afspraak:", "IRR", "Vergelijking van de afspraken",
				"Scenario", "Terugverdienjaar", "Netto per financieringsdomein", "Realisatie",
				"Betalingen uit afspraken", "Onzekerheid", "Omslagpunten");
	}

	@Test
	void invalidCaseGivesOneLinePerProblemAndExitCode2(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("case.json");
		Files.writeString(file, """
				{"schemaVersion": 3, "name": "x", "startYear": 2026, "horizonYears": "3",
				 "parties": [{"id": "a", "name": "A", "type": "OTHER"}]}
				""");

		assertThat(run("calculate", file.toString())).isEqualTo(2);

		assertThat(out()).isEmpty();
		assertThat(err().lines()).containsExactly(
				"error: schemaVersion: moet 1 of 2 zijn, de versies van het casusformaat, niet 3",
				"error: horizonYears: moet een getal zijn, geen tekst: schrijf 3 zonder aanhalingstekens");
	}

	@Test
	void invalidJsonGivesLineAndColumn(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("case.json");
		Files.writeString(file, "{\n  \"name\": \"x\",\n}\n");

		assertThat(run("calculate", file.toString())).isEqualTo(2);

		assertThat(err()).startsWith("error: line 3, column 1: het bestand is geen geldige JSON");
	}

	@Test
	void missingFileExits66() {
		assertThat(run("calculate", "bestaat-niet.json")).isEqualTo(66);
		assertThat(err().lines()).containsExactly("ontschot: bestand niet gevonden: bestaat-niet.json");
	}

	@Test
	void unknownCommandExits64() {
		assertThat(run("rekenen")).isEqualTo(64);
		assertThat(err().lines()).hasSize(1).first().asString().contains("onbekende opdracht \"rekenen\"");
	}

	@Test
	void helpExplainsUsage() {
		assertThat(run("--help")).isZero();
		assertThat(out()).contains("./ontschot serve", "./ontschot calculate CASUS.json");
		out.reset();
		assertThat(run("calculate", "--help")).isZero();
		assertThat(out()).contains("--format table", "Afsluitcodes");
	}

	@Test
	void helpInEnglish() {
		assertThat(new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), Locale.ENGLISH).run(new String[] { "--help" }))
				.isZero();
		assertThat(out()).contains("Usage:");
	}

	@Test
	void iterationsAndSeedReplaceThoseOfTheCasesUncertainty() {
		String kase = SharedFiles.root().resolve("cases-v2/valpreventie-hib.json").toString();
		assertThat(run("calculate", kase, "--iterations", "50", "--seed", "3")).isZero();
		String first = out();
		assertThat(JsonMapper.builder().build().readTree(first).get("uncertainty").get("iterations").asInt()).isEqualTo(50);
		out.reset();
		assertThat(run("calculate", kase, "--seed", "3", "--iterations", "50")).isZero();
		assertThat(out()).isEqualTo(first);
	}

	@Test
	void iterationsOutsideTheRangeOrASeedThatIsNoWholeNumberIsWrongUsage() {
		String kase = SharedFiles.root().resolve("cases-v2/valpreventie-hib.json").toString();
		assertThat(run("calculate", kase, "--iterations", "0")).isEqualTo(Main.USAGE);
		assertThat(run("calculate", kase, "--seed", "1.5")).isEqualTo(Main.USAGE);
		assertThat(err()).contains("--iterations vraagt een geheel getal van 1 tot en met 1000000",
				"--seed vraagt een geheel getal");
	}
}
