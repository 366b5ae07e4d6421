package nl.ontschot.engine.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import nl.ontschot.engine.InvalidCaseException;
import nl.ontschot.engine.Notice;
import nl.ontschot.engine.model.Basis;
import nl.ontschot.engine.model.Case;
import nl.ontschot.engine.model.Quantity;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Each rule of calculation.md section 2: an invalid case names the right path, and all problems come at once. */
class CaseValidationTest {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final String VALID = """
			{
			  "schemaVersion": 1,
			  "name": "Proef",
			  "startYear": 2026,
			  "horizonYears": 3,
			  "targetGroups": [{"id": "g", "population": 100, "reachRate": 0.5, "successRate": 0.5}],
			  "parties": [
			    {"id": "a", "name": "Aanbieder", "type": "CARE_PROVIDER"},
			    {"id": "f", "name": "Financier", "type": "HEALTH_INSURER"}
			  ],
			  "activities": [
			    {"id": "zorg", "name": "Zorg", "provider": "a", "financier": "f",
			     "current": {"volume": 10, "tariff": 50, "unitCost": 40}, "future": {"volume": 5}}
			  ],
			  "items": [
			    {"id": "kosten", "name": "Kosten", "party": "a", "type": "COST", "recurrence": "INCIDENTAL", "amount": 1000},
			    {"id": "gedeeld", "name": "Gedeeld", "type": "COST", "recurrence": "STRUCTURAL", "amount": 200, "allocation": "k"}
			  ],
			  "allocationKeys": [{"id": "k", "method": "WEIGHTS", "weights": {"a": 1, "f": 3}}],
			  "settlement": {"method": "SHAPLEY"}
			}
			""";

	private static ObjectNode valid() {
		return (ObjectNode) MAPPER.readTree(VALID);
	}

	private static ObjectNode at(ObjectNode root, String list, int index) {
		return (ObjectNode) root.get(list).get(index);
	}

	private static List<String> problems(ObjectNode root) {
		return problems(root.toString());
	}

	private static List<String> problems(String json) {
		try {
			CaseJson.read(json);
			return List.of();
		} catch (InvalidCaseException e) {
			return e.problems().stream().map(p -> p.line(Locale.ENGLISH)).toList();
		}
	}

	private static List<String> problemPaths(Consumer<ObjectNode> change) {
		ObjectNode root = valid();
		change.accept(root);
		try {
			CaseJson.read(root.toString());
			return List.of();
		} catch (InvalidCaseException e) {
			return e.problems().stream().map(Notice::path).toList();
		}
	}

	@Test
	void theBaseCaseIsValidAndDefaultsApply() {
		Case c = CaseJson.read(VALID);

		assertThat(c.discountRate()).isEqualTo(Quantity.of(0));
		assertThat(c.hoursPerFte()).isEqualTo(Quantity.of(1872));
		assertThat(c.activities().get(0).basis()).isEqualTo(Basis.PER_SUCCESS);
		assertThat(c.activities().get(0).group()).contains("g");
		assertThat(c.activities().get(0).future().tariff()).isEqualTo(Quantity.of(50));
		assertThat(c.items().get(1).toYear()).isEqualTo(2);
		assertThat(c.allocationKeys().get(0).parties()).containsExactly("a", "f");
	}

	@Test
	void unknownField() {
		assertThat(problemPaths(r -> at(r, "activities", 0).put("tarif", 3))).containsExactly("activities[0].tarif");
		assertThat(problemPaths(r -> r.put("horizon", 3))).containsExactly("horizon");
	}

	@Test
	void reservedFieldsAreAccepted() {
		assertThat(problemPaths(r -> {
			r.putObject("conversation").put("knelpunt", "te veel wachttijd");
			r.putArray("arrangements");
			r.putObject("uncertainty");
		})).isEmpty();
	}

	@Test
	void aCaseHoldsAtMost200Parties() {
		ObjectNode root = valid();
		ArrayNode parties = (ArrayNode) root.get("parties");
		for (int i = 2; i < 201; i++) {
			parties.addObject().put("id", "p" + i).put("name", "Partij " + i).put("type", "OTHER");
		}
		assertThat(problems(root)).containsExactly("parties: a case has at most 200 parties; this one has 201");
		parties.remove(200);
		assertThat(problems(root)).isEmpty();
	}

	@Test
	void aCaseHoldsAtMost20000LinesAndBoundedLinesTimesYears() {
		ObjectNode root = valid();
		ArrayNode items = (ArrayNode) root.get("items");
		ObjectNode item = (ObjectNode) items.get(0);
		for (int i = 0; i < 19_996; i++) {
			items.add(item.deepCopy().put("id", "i" + i));
		}
		root.put("horizonYears", 10);
		assertThat(problems(root)).containsExactly(
				"a case has at most 20,000 lines (target groups, activities, items and allocation keys together); this one has 20,001");
		items.remove(0);
		assertThat(problems(root)).isEmpty();
		root.put("horizonYears", 11);
		assertThat(problems(root)).containsExactly(
				"activities and items times the years of the horizon may be at most 200,000; this case has 19,998 lines over 11 years");
	}

	@Test
	void aLimitIsStatedWithThousandsSeparatorsInDutch() {
		ObjectNode root = valid();
		ArrayNode parties = (ArrayNode) root.get("parties");
		for (int i = 2; i < 1201; i++) {
			parties.addObject().put("id", "p" + i).put("name", "Partij " + i).put("type", "OTHER");
		}
		assertThatThrownBy(() -> CaseJson.read(root.toString())).isInstanceOfSatisfying(InvalidCaseException.class,
				e -> assertThat(e.problems().get(0).message(Locale.forLanguageTag("nl-NL")))
						.isEqualTo("een casus heeft ten hoogste 200 partijen; deze heeft er 1.201"));
	}

	@Test
	void aNulCharacterInAnyTextIsNamedWithItsPlaceAndTheRestIsStillChecked() {
		assertThat(problemPaths(r -> {
			at(r, "parties", 0).put("name", "Aan\u0000bieder");
			r.putObject("conversation").putArray("knelpunt.wat").addObject().put("text", "\u0000");
			at(r, "activities", 0).put("tarif", 3);
		})).containsExactlyInAnyOrder("activities[0].tarif", "parties[0].name", "conversation.knelpunt.wat[0].text");
	}

	@Test
	void halfOfAUtf16PairIsNamedWithItsPlace() {
		assertThat(problemPaths(r -> at(r, "parties", 0).put("name", "Aan\ud800bieder"))).containsExactly("parties[0].name");
		assertThat(problemPaths(r -> at(r, "parties", 0).put("name", "Zorg \ud83d\ude00"))).isEmpty();
	}

	@Test
	void aTextIsAtMostTenThousandCharacters() {
		assertThat(problemPaths(r -> r.put("description", "x".repeat(10_000)))).isEmpty();
		assertThat(problems(VALID.replaceFirst("\\{", "{\"description\": \"" + "x".repeat(10_001) + "\",")))
				.containsExactly("description: must be at most 10000 characters");
	}

	@Test
	void aNumberBeyondEveryRangeIsAProblemNotACrash() {
		String huge = "1" + "0".repeat(400);
		assertThat(problems(VALID.replace("\"startYear\": 2026", "\"startYear\": " + huge)))
				.containsExactly("startYear: must be a finite number of at most 1e12 in size");
		assertThat(problems(VALID.replace("\"volume\": 10", "\"volume\": " + huge + ".5")))
				.containsExactly("activities[0].current.volume: must be a finite number of at most 1e12 in size");
		assertThat(problems(VALID.replace("\"horizonYears\": 3", "\"horizonYears\": " + huge)))
				.hasSize(1).allSatisfy(p -> assertThat(p).startsWith("activities and items times the years"));
	}

	/** A negative number too large to hold breaks two limits: both are said, not only the size. */
	@Test
	void aNegativeNumberTooLargeToHoldIsAlsoBelowItsFieldsLowerLimit() {
		assertThat(problems(VALID.replace("\"volume\": 10", "\"volume\": -1e13"))).containsExactly(
				"activities[0].current.volume: must be a finite number of at most 1e12 in size",
				"activities[0].current.volume: must be 0 or more");
		assertThat(problems(VALID.replace("\"volume\": 10", "\"volume\": 1e13")))
				.containsExactly("activities[0].current.volume: must be a finite number of at most 1e12 in size");
	}

	@Test
	void aDocumentNestedTooDeeplyIsSaidPlainly() {
		assertThat(problems("[".repeat(1000) + "]".repeat(1000)))
				.containsExactly("the file is nested too deeply or holds a text or number too long to be a case");
	}

	@Test
	void duplicateId() {
		assertThat(problemPaths(r -> ((ArrayNode) r.get("parties")).addObject().put("id", "a").put("name", "Nog een")
				.put("type", "OTHER"))).containsExactly("parties[2].id");
		assertThat(problems(valid().set("items", MAPPER.readTree("""
				[{"id": "x", "name": "X", "party": "a", "type": "COST", "recurrence": "INCIDENTAL", "amount": 1},
				 {"id": "x", "name": "Y", "party": "a", "type": "COST", "recurrence": "INCIDENTAL", "amount": 1}]
				"""))).toString()).contains("items[1].id: the id \"x\" is already used earlier in this list");
	}

	@Test
	void invalidId() {
		assertThat(problemPaths(r -> at(r, "parties", 0).put("id", "met spatie"))).contains("parties[0].id");
	}

	@Test
	void unknownReference() {
		assertThat(problemPaths(r -> at(r, "activities", 0).put("provider", "niemand")))
				.containsExactly("activities[0].provider");
		assertThat(problemPaths(r -> at(r, "items", 1).put("allocation", "geen-sleutel")))
				.containsExactly("items[1].allocation");
		assertThat(problemPaths(r -> at(r, "activities", 0).put("group", "onbekend")))
				.containsExactly("activities[0].group");
		assertThat(problemPaths(r -> ((ObjectNode) at(r, "allocationKeys", 0).get("weights")).put("x", 1)))
				.containsExactly("allocationKeys[0].weights.x");
		assertThat(problemPaths(r -> at(r, "items", 0).putArray("requires").add("zz")))
				.containsExactly("items[0].requires[0]");
	}

	@Test
	void outOfRangeRate() {
		assertThat(problemPaths(r -> at(r, "targetGroups", 0).put("successRate", 1.5)))
				.containsExactly("targetGroups[0].successRate");
		assertThat(problemPaths(r -> r.put("discountRate", 0.6))).containsExactly("discountRate");
		assertThat(problemPaths(r -> at(r, "activities", 0).put("capacityRelease", -0.1)))
				.containsExactly("activities[0].capacityRelease");
	}

	@Test
	void negativeVolume() {
		assertThat(problemPaths(r -> ((ObjectNode) at(r, "activities", 0).get("future")).put("volume", -1)))
				.containsExactly("activities[0].future.volume");
	}

	@Test
	void missingVolume() {
		assertThat(problemPaths(r -> ((ObjectNode) at(r, "activities", 0).get("current")).remove("volume")))
				.containsExactly("activities[0].current.volume");
	}

	@Test
	void reversedYears() {
		assertThat(problemPaths(r -> at(r, "items", 1).put("fromYear", 2).put("toYear", 1)))
				.containsExactly("items[1].toYear");
	}

	@Test
	void yearOutsideTheHorizon() {
		assertThat(problemPaths(r -> at(r, "items", 0).put("year", 3))).containsExactly("items[0].year");
		assertThat(problemPaths(r -> r.putObject("implementation").put("years", 4)))
				.containsExactly("implementation.years");
	}

	@Test
	void bothAmountAndFte() {
		assertThat(problemPaths(r -> at(r, "items", 0).put("fte", 1).put("costPerFte", 50000)))
				.containsExactly("items[0].amount");
		assertThat(problemPaths(r -> at(r, "items", 0).remove("amount"))).containsExactly("items[0].amount");
		assertThat(problemPaths(r -> at(r, "items", 0).put("fte", 1).remove("amount")))
				.containsExactly("items[0].costPerFte");
	}

	@Test
	void wrongSchemaVersion() {
		assertThat(problems(valid().put("schemaVersion", 3)))
				.containsExactly("schemaVersion: must be 1 or 2, the versions of the case format, not 3");
		assertThat(problems(valid().put("schemaVersion", 2))).isEmpty();
	}

	@Test
	void numberGivenAsText() {
		assertThat(problems(valid().put("horizonYears", "3")))
				.containsExactly("horizonYears: must be a number, not text: write 3 without quotes");
	}

	@Test
	void missingGroup() {
		assertThat(problemPaths(r -> {
			((ArrayNode) r.get("targetGroups")).addObject().put("id", "h").put("population", 5);
			at(r, "items", 0).put("basis", "PER_PARTICIPANT");
		})).containsExactlyInAnyOrder("activities[0].group", "items[0].group");
	}

	@Test
	void infiniteNumber() {
		assertThat(problems(VALID.replace("\"amount\": 1000", "\"amount\": 1e999")))
				.containsExactly("items[0].amount: must be a finite number of at most 1e12 in size");
		assertThat(problemPaths(r -> at(r, "items", 0).put("amount", 2e12))).containsExactly("items[0].amount");
	}

	@Test
	void invalidJsonGivesLineAndColumn() {
		String broken = VALID.replace("\"startYear\": 2026,", "\"startYear\": 2026");

		assertThatThrownBy(() -> CaseJson.read(broken)).isInstanceOfSatisfying(InvalidCaseException.class,
				e -> assertThat(e.problems()).singleElement()
						.satisfies(p -> assertThat(p.path()).isEqualTo("line 5, column 3")));
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "{\"name\": NaN}", "[1,2", "{\"a\": 0.35garbage}" })
	void invalidJsonIsSaidWithoutTheParsersSettings(String text) {
		assertThat(problems(text)).singleElement().asString().contains("not valid JSON")
				.doesNotContain("enable", "Feature", "Source", "REDACTED");
	}

	@Test
	void duplicateFieldIsInvalidJson() {
		assertThat(problems("{\"name\": \"a\", \"name\": \"b\"}")).singleElement().asString()
				.startsWith("line 1, column").contains("not valid JSON");
	}

	@Test
	void wrongTypesAndChoices() {
		assertThat(problems(valid().put("name", 5))).containsExactly("name: must be text");
		assertThat(problemPaths(r -> at(r, "parties", 0).put("type", "ZIEKENHUIS"))).containsExactly("parties[0].type");
		assertThat(problemPaths(r -> at(r, "parties", 0).put("essential", "ja"))).containsExactly("parties[0].essential");
		assertThat(problemPaths(r -> r.put("parties", "a"))).contains("parties");
		assertThat(problemPaths(r -> r.put("startYear", 2026.5))).containsExactly("startYear");
	}

	@Test
	void requiredFields() {
		assertThat(problemPaths(r -> {
			r.remove("name");
			r.remove("startYear");
			at(r, "parties", 0).remove("type");
			at(r, "items", 0).remove("party");
		})).containsExactlyInAnyOrder("name", "startYear", "parties[0].type", "items[0].party");
		assertThat(problemPaths(r -> r.putArray("parties"))).contains("parties");
	}

	@Test
	void blankName() {
		assertThat(problemPaths(r -> r.put("name", "   "))).containsExactly("name");
		assertThat(problemPaths(r -> r.put("name", "x".repeat(201)))).containsExactly("name");
	}

	@Test
	void weightsMustAddUpToMoreThanZero() {
		assertThat(problemPaths(r -> at(r, "allocationKeys", 0).putObject("weights").put("a", 0)))
				.containsExactly("allocationKeys[0].weights");
	}

	@Test
	void keyShareNeedsAnEqualOrWeightsKey() {
		assertThat(problemPaths(r -> {
			at(r, "allocationKeys", 0).put("method", "BY_BENEFIT").remove("weights");
			r.putObject("settlement").put("method", "KEY_SHARE").put("key", "k");
		})).containsExactly("settlement.key");
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		ObjectNode r = valid();
		r.put("schemaVersion", 3);
		r.put("horizonYears", 0);
		at(r, "parties", 1).put("type", "BANK");
		at(r, "activities", 0).put("financier", "x");
		((ObjectNode) at(r, "activities", 0).get("current")).put("tariff", -5);

		assertThat(problems(r)).extracting(line -> line.substring(0, line.indexOf(':'))).containsExactlyInAnyOrder(
				"schemaVersion", "horizonYears", "parties[1].type", "activities[0].financier",
				"activities[0].current.tariff");
	}

	@Test
	void messagesAreDutchFirst() {
		try {
			CaseJson.read(valid().put("horizonYears", 60).toString());
		} catch (InvalidCaseException e) {
			assertThat(e.problems().get(0).line(Locale.forLanguageTag("nl-NL")))
					.isEqualTo("horizonYears: moet tussen 1 en 50 liggen (grenzen inbegrepen)");
			return;
		}
		throw new AssertionError("a horizon of 60 years must be refused");
	}
}
