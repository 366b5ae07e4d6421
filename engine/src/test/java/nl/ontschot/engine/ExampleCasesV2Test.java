package nl.ontschot.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.ontschot.engine.calculation.Calculator;
import nl.ontschot.engine.json.CaseJson;
import nl.ontschot.engine.json.ResultJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every example case of schema version 2 reproduces its expected result within 0.01 euro, the tornado and the
 * switching values of its uncertainty part (calculation.md 6.8) included. The statistics come from the
 * reference's own random numbers, so they agree within sampling error only. Both sides are samples of n
 * iterations, so a difference has √2 times the standard error of one; with sd the larger of the two standard
 * deviations and 4 such standard errors allowed:
 * <ul>
 * <li>mean: 4·√2·sd/√n;</li>
 * <li>sd: the standard error of a standard deviation is sd·√((κ − 1)/(4n)) for kurtosis κ; allowing κ up to 11
 * (a figure that a condition splits into groups of 8% and 92%, as the investor's in valpreventie-hib) gives
 * 4·√2·sd·√(10/(4n)) = 4·sd·√(5/n), 20% of sd for 2000 iterations;</li>
 * <li>p5, p50, p95: 15% of the width p95 − p5. For a normal figure 4·√2 standard errors of the 5th percentile,
 * 4·√2·√(0.05·0.95/n)/φ(1.645)·sd, are 8% of that width; a settled figure with most iterations at 0 has a
 * thin tail where a percentile moves further (with ten other seeds its p95 moved up to 12% of the width);</li>
 * <li>probabilities (probabilityNegative, conditionProbability): 4·√2·√(p(1 − p)/n), with p(1 − p) at least
 * 1/n so that a probability of 0 or 1 may differ by a few iterations.</li>
 * </ul>
 * Every difference must also exceed 0.01 to count, so a figure no input reaches agrees as a deterministic one.
 */
class ExampleCasesV2Test {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();
	private static final double SQRT2 = Math.sqrt(2);

	static List<String> exampleCases() {
		return SharedFiles.exampleCasesV2();
	}

	@ParameterizedTest
	@MethodSource("exampleCases")
	void reproducesExpectedResult(String name) {
		JsonNode caseTree = MAPPER.readTree(SharedFiles.read("cases-v2/" + name + ".json"));
		ObjectNode expected = (ObjectNode) MAPPER.readTree(SharedFiles.read("cases-v2/" + name + ".expected.json"));
		ObjectNode actual = ResultJson.tree(Calculator.calculate(CaseJson.read(caseTree)));

		ObjectNode expectedUncertainty = (ObjectNode) expected.remove("uncertainty");
		ObjectNode actualUncertainty = (ObjectNode) actual.remove("uncertainty");
		assertThat(JsonComparison.differences(expected, actual, 0.01)).isEmpty();
		assertThat(actualUncertainty == null).isEqualTo(expectedUncertainty == null);
		if (expectedUncertainty != null) {
			int n = expectedUncertainty.get("iterations").asInt();
			assertThat(actualUncertainty.get("iterations").asInt()).isEqualTo(n);
			for (String exact : List.of("tornado", "switching")) {
				assertThat(JsonComparison.differences(expectedUncertainty.get(exact), actualUncertainty.get(exact), 0.01))
						.as(exact).isEmpty();
			}
			assertThat(statisticsDifferences(expectedUncertainty, actualUncertainty, n)).isEmpty();
		}
	}

	/** The statistics that differ by more than sampling error (see the class comment), with both values. */
	private static List<String> statisticsDifferences(JsonNode expected, JsonNode actual, int n) {
		List<String> out = new ArrayList<>();
		assertThat(names(actual.get("parties"))).isEqualTo(names(expected.get("parties")));
		for (String party : names(expected.get("parties"))) {
			for (String figure : List.of("net", "netAfterSettlement")) {
				compare("parties." + party + "." + figure, expected.get("parties").get(party).get(figure),
						actual.get("parties").get(party).get(figure), n, out);
			}
		}
		compare("total.net", expected.get("total").get("net"), actual.get("total").get("net"), n, out);
		assertThat(names(actual.get("arrangements"))).isEqualTo(names(expected.get("arrangements")));
		for (String id : names(expected.get("arrangements"))) {
			probability("arrangements." + id + ".conditionProbability",
					expected.get("arrangements").get(id).get("conditionProbability").asDouble(),
					actual.get("arrangements").get(id).get("conditionProbability").asDouble(), n, out);
		}
		return out;
	}

	private static void compare(String path, JsonNode e, JsonNode a, int n, List<String> out) {
		double sd = Math.max(e.get("sd").asDouble(), a.get("sd").asDouble());
		double width = Math.max(e.get("p95").asDouble() - e.get("p5").asDouble(),
				a.get("p95").asDouble() - a.get("p5").asDouble());
		Map<String, Double> tolerance = Map.of("mean", 4 * SQRT2 * sd / Math.sqrt(n), "sd", 4 * sd * Math.sqrt(5.0 / n),
				"p5", 0.15 * width, "p50", 0.15 * width, "p95", 0.15 * width);
		tolerance.forEach((field, allowed) -> {
			double ev = e.get(field).asDouble();
			double av = a.get(field).asDouble();
			if (Math.abs(ev - av) > Math.max(allowed, 0.01)) {
				out.add(path + "." + field + ": expected " + ev + ", got " + av + " (allowed " + allowed + ")");
			}
		});
		probability(path + ".probabilityNegative", e.get("probabilityNegative").asDouble(),
				a.get("probabilityNegative").asDouble(), n, out);
	}

	private static void probability(String path, double expected, double actual, int n, List<String> out) {
		double allowed = 4 * SQRT2 * Math.sqrt(Math.max(expected * (1 - expected), 1.0 / n) / n);
		if (Math.abs(expected - actual) > allowed) {
			out.add(path + ": expected " + expected + ", got " + actual + " (allowed " + allowed + ")");
		}
	}

	private static List<String> names(JsonNode object) {
		List<String> names = new ArrayList<>();
		object.propertyNames().forEach(names::add);
		return names;
	}

	@Test
	void allFourExampleCasesAreFound() {
		assertThat(exampleCases()).contains("integraal-budget-kassier", "ketenzorg-diabetes-bundel",
				"sociaal-hospitaal-voorfinanciering", "valpreventie-hib");
	}
}
