package nl.ontschot.app.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.ontschot.app.cases.internal.ParameterRename;
import nl.ontschot.engine.json.CaseJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A key figure renamed: everything that names it follows, and nothing else changes. */
class ParameterRenameTest {

	private static final String CASE = """
			{"schemaVersion": 2, "description": "=a is wat wij aannemen", "parameters": [{"id": "a", "value": 2}, {"id": "ab", "value": "=a * 2"}],
			 "targetGroups": [{"id": "g", "population": "=a + ab + max(a, 1)", "successRate": 0.5}],
			 "activities": [{"id": "x", "financier": [{"party": "p", "share": "=a"}]}],
			 "arrangements": [{"id": "o", "condition": {"parameter": "a", "atLeast": "=a / 2"}},
			                  {"id": "q", "condition": {"parameter": "ab", "atLeast": 1}}],
			 "scenarios": [{"id": "s", "set": {"discountRate": 0.03, "parameters.a": "=a * 1.1", "parameters.ab": 3}}],
			 "actuals": [{"year": 0, "parameters": {"a": 3, "ab": 4}}],
			 "uncertainty": {"inputs": [{"target": "parameters.a"}, {"target": "parameters.ab"}]},
			 "conversation": {"knelpunt": {"wat": [{"party": "p", "text": "=a is wat wij denken"}]}}}
			""";

	@Test
	void everyFormulaTargetRealisedValueAndConditionThatNamesItFollows() {
		ObjectNode tree = (ObjectNode) CaseJson.parse(CASE);

		ParameterRename.apply(tree, 0, "a", "clienten");

		assertThat(tree.get("parameters").get(0).get("id").asString()).isEqualTo("clienten");
		assertThat(tree.get("parameters").get(1).get("value").asString()).isEqualTo("=clienten * 2");
		assertThat(tree.get("targetGroups").get(0).get("population").asString())
				.isEqualTo("=clienten + ab + max(clienten, 1)");
		assertThat(tree.get("activities").get(0).get("financier").get(0).get("share").asString())
				.isEqualTo("=clienten");
		JsonNode condition = tree.get("arrangements").get(0).get("condition");
		assertThat(condition.get("parameter").asString()).isEqualTo("clienten");
		assertThat(condition.get("atLeast").asString()).isEqualTo("=clienten / 2");
		assertThat(tree.get("arrangements").get(1).get("condition").get("parameter").asString()).isEqualTo("ab");
		assertThat(tree.get("scenarios").get(0).get("set").propertyNames())
				.containsExactly("discountRate", "parameters.clienten", "parameters.ab");
		assertThat(tree.get("scenarios").get(0).get("set").get("parameters.clienten").asString())
				.isEqualTo("=clienten * 1.1");
		assertThat(tree.get("actuals").get(0).get("parameters").propertyNames()).containsExactly("clienten", "ab");
		assertThat(tree.get("uncertainty").get("inputs").get(0).get("target").asString())
				.isEqualTo("parameters.clienten");
		assertThat(tree.get("uncertainty").get("inputs").get(1).get("target").asString()).isEqualTo("parameters.ab");
		assertThat(tree.get("conversation").get("knelpunt").get("wat").get(0).get("text").asString())
				.as("an answer is prose, not a formula").isEqualTo("=a is wat wij denken");
		assertThat(tree.get("description").asString()).isEqualTo("=a is wat wij aannemen");
	}
}
