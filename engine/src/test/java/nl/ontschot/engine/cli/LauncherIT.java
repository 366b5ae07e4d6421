package nl.ontschot.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.ontschot.engine.JsonComparison;
import nl.ontschot.engine.SharedFiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * The launcher {@code ./ontschot} as a person runs it, after the package phase built the jar: every
 * example case reproduces its expected result through {@code ./ontschot calculate}.
 */
class LauncherIT {

	private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	record Run(int exit, String out, String err) {
	}

	private static Run ontschot(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("ontschot").toString()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).directory(ROOT.toFile()).start();
		process.getOutputStream().close();
		byte[] out = process.getInputStream().readAllBytes();
		byte[] err = process.getErrorStream().readAllBytes();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8),
				new String(err, StandardCharsets.UTF_8));
	}

	static List<String> exampleCases() {
		return SharedFiles.exampleCases();
	}

	@ParameterizedTest
	@MethodSource("exampleCases")
	void calculateReproducesEachExampleCase(String name) throws Exception {
		Run run = ontschot("calculate", SharedFiles.root().resolve("cases/" + name + ".json").toString());

		assertThat(run.exit()).as(run.err()).isZero();
		JsonMapper mapper = JsonMapper.builder().build();
		assertThat(JsonComparison.differences(mapper.readTree(SharedFiles.read("cases/" + name + ".expected.json")),
				mapper.readTree(run.out()), 0.01)).isEmpty();
	}

	@Test
	void tableOfAVersion2Case() throws Exception {
		Run run = ontschot("calculate", SharedFiles.root().resolve("cases-v2/valpreventie-hib.json").toString(),
				"--format", "table");

		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.out()).contains("Kengetallen", "Afspraak: Health impact bond (hib, impact bond)",
				"Rendement van de investeerder (IRR): 6,0 %", "Pessimistisch", "Optimistisch", "Terugverdienjaar: 2026");
	}

	@Test
	void invalidCaseExits2WithOneLinePerProblem(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("kapot.json");
		Files.writeString(file, "{\"schemaVersion\": 1, \"name\": \"x\", \"startYear\": 2026, \"horizonYears\": 99, "
				+ "\"parties\": [], \"extra\": true}");

		Run run = ontschot("calculate", file.toString());

		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.out()).isEmpty();
		assertThat(run.err().lines()).containsExactlyInAnyOrder(
				"error: extra: is geen veld van het casusformaat (controleer de spelling van \"extra\")",
				"error: horizonYears: moet tussen 1 en 50 liggen (grenzen inbegrepen)",
				"error: parties: moet minstens een partij noemen");
	}

	@Test
	void usageErrorsHaveTheirExitCodes() throws Exception {
		assertThat(ontschot("verzin").exit()).isEqualTo(64);
		assertThat(ontschot("calculate", "geen-bestand.json").exit()).isEqualTo(66);
		Run help = ontschot("--help");
		assertThat(help.exit()).isZero();
		assertThat(help.out()).contains("./ontschot calculate");
	}
}
