package nl.ontschot.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.ontschot.engine.calculation.Calculator;
import nl.ontschot.engine.json.CaseJson;
import nl.ontschot.engine.json.ResultJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every example case of the shared folder reproduces its expected result within 0.01 euro. */
class ExampleCasesTest {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	static List<String> exampleCases() {
		return SharedFiles.exampleCases();
	}

	@ParameterizedTest
	@MethodSource("exampleCases")
	void reproducesExpectedResult(String name) {
		JsonNode expected = MAPPER.readTree(SharedFiles.read("cases/" + name + ".expected.json"));
		JsonNode actual = ResultJson.tree(Calculator.calculate(CaseJson.read(SharedFiles.read("cases/" + name + ".json"))));

		assertThat(JsonComparison.differences(expected, actual, 0.01)).isEmpty();
	}

	@org.junit.jupiter.api.Test
	void allFourExampleCasesAreFound() {
		assertThat(exampleCases()).contains("druppelbril", "samen-indiceren", "valpreventie", "wijkaanpak");
	}
}
