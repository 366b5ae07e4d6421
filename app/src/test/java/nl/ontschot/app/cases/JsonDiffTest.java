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

	@Test
	void removingALineIsOneChangeAndTheLinesAfterItAreMatchedByTheirId() {
		JsonNode before = json("{'items': [{'id': 'a', 'amount': 1}, {'id': 'b', 'amount': 2}, {'id': 'c', 'amount': 3}]}");
		JsonNode after = json("{'items': [{'id': 'a', 'amount': 1}, {'id': 'c', 'amount': 4}]}");

		assertThat(JsonDiff.between(before, after)).containsExactly(
				new AuditChange("items[1].amount", Optional.of("3"), Optional.of("4")),
				new AuditChange("items[1]", Optional.of("{\"id\":\"b\",\"amount\":2}"), Optional.empty()));
		assertThat(JsonDiff.pathIn(after, before, "items[1].amount")).isEqualTo("items[2].amount");
		assertThat(JsonDiff.pathIn(before, after, "items[0].amount")).isEqualTo("items[0].amount");
	}

	@Test
	void linesInAnotherOrderAreAChangeOfTheListBesideEachLinesOwnChanges() {
		JsonNode before = json("{'items': [{'id': 'a', 'amount': 1}, {'id': 'b'}, {'id': 'c'}]}");
		JsonNode after = json("{'items': [{'id': 'b'}, {'id': 'a', 'amount': 2}, {'id': 'd'}]}");

		assertThat(JsonDiff.between(before, after)).containsExactly(
				new AuditChange("items", Optional.of("[\"a\",\"b\",\"c\"]"), Optional.of("[\"b\",\"a\",\"d\"]")),
				new AuditChange("items[1].amount", Optional.of("1"), Optional.of("2")),
				new AuditChange("items[2]", Optional.empty(), Optional.of("{\"id\":\"d\"}")),
				new AuditChange("items[2]", Optional.of("{\"id\":\"c\"}"), Optional.empty()));
	}

	@Test
	void listsWithoutIdsAreComparedPlaceByPlace() {
		JsonNode before = json("{'years': [1, 2, 3]}");
		JsonNode after = json("{'years': [1, 3]}");

		assertThat(JsonDiff.between(before, after)).containsExactly(
				new AuditChange("years[1]", Optional.of("2"), Optional.of("3")),
				new AuditChange("years[2]", Optional.of("3"), Optional.empty()));
	}
}
