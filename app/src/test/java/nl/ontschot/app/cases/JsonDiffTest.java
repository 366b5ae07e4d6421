package nl.ontschot.app.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.ontschot.app.Api;
import tools.jackson.databind.JsonNode;

class JsonDiffTest {

	private static JsonNode json(String text) {
		return Api.JSON.readTree(text.replace('\'', '"'));
	}

	@Test
	void theDiffNamesEveryChangedPathWithOldAndNewValue() {
		JsonNode before = json("{'name': 'a', 'items': [{'id': 'x', 'amount': 1}], 'gone': true}");
		JsonNode after = json("{'name': 'b', 'items': [{'id': 'x', 'amount': 2}, {'id': 'y'}], 'new': 1}");

		assertThat(JsonDiff.between(before, after)).containsExactly(
				new AuditChange("name", Optional.of("\"a\""), Optional.of("\"b\"")),
				new AuditChange("items[0].amount", Optional.of("1"), Optional.of("2")),
				new AuditChange("items[1]", Optional.empty(), Optional.of("{\"id\":\"y\"}")),
				new AuditChange("gone", Optional.of("true"), Optional.empty()),
				new AuditChange("new", Optional.empty(), Optional.of("1")));
		assertThat(JsonDiff.between(before, before)).isEmpty();
	}
}
