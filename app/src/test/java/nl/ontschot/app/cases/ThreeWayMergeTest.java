package nl.ontschot.app.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.ontschot.app.Api;
import tools.jackson.databind.JsonNode;

/** A workbook changed offline applied to the case as others left it meanwhile. */
class ThreeWayMergeTest {

	private static final String BASE = """
			{'name': 'c', 'startYear': 2026,
			 'targetGroups': [{'id': 'g', 'population': 10, 'reachRate': 0.5}],
			 'activities': [{'id': 'a1', 'current': {'volume': 1, 'tariff': 5}},
			                {'id': 'a2', 'current': {'volume': 2, 'tariff': 6}}]}""";

	private static JsonNode json(String text) {
		return Api.JSON.readTree(text.replace('\'', '"'));
	}

	private static String change(String from, String to) {
		assertThat(BASE).contains(from);
		return BASE.replace(from, to);
	}

	@Test
	void whatEachChangedLandsAndNothingIsLost() {
		ThreeWayMerge.Merged merged = ThreeWayMerge.of(json(BASE), json(change("'population': 10", "'population': 12")),
				json(change("'reachRate': 0.5", "'reachRate': 0.7")));

		assertThat(merged.conflicts()).isEmpty();
		assertThat(merged.document()).isEqualTo(json(change("'population': 10, 'reachRate': 0.5",
				"'population': 12, 'reachRate': 0.7")));
	}

	@Test
	void theSameValueChangedDifferentlyIsAConflictAtItsPlace() {
		ThreeWayMerge.Merged merged = ThreeWayMerge.of(json(BASE), json(change("'tariff': 6", "'tariff': 7")),
				json(change("'tariff': 6", "'tariff': 8")));

		assertThat(merged.conflicts()).containsExactly("activities[1].current.tariff");
	}

	@Test
	void linesAreMatchedByTheirIdWhenOthersAddedOrRemovedLinesMeanwhile() {
		String othersRemovedTheFirst = BASE.replace("{'id': 'a1', 'current': {'volume': 1, 'tariff': 5}},", "");
		ThreeWayMerge.Merged merged = ThreeWayMerge.of(json(BASE), json(change("'volume': 2", "'volume': 3")),
				json(othersRemovedTheFirst));

		assertThat(merged.conflicts()).isEmpty();
		assertThat(merged.document().get("activities")).hasSize(1);
		assertThat(merged.document().get("activities").get(0).get("current").get("volume").asInt()).isEqualTo(3);

		// a line removed offline goes, unless someone changed it meanwhile
		String offlineRemovedTheSecond = BASE.replace(",\n                {'id': 'a2', 'current': {'volume': 2, 'tariff': 6}}", "");
		assertThat(ThreeWayMerge.of(json(BASE), json(offlineRemovedTheSecond), json(BASE)).document().get("activities"))
				.hasSize(1);
		assertThat(ThreeWayMerge.of(json(BASE), json(offlineRemovedTheSecond), json(change("'volume': 2", "'volume': 4")))
				.conflicts()).containsExactly("activities[1]");
	}
}
