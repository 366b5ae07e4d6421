package nl.ontschot.engine.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.ontschot.engine.InvalidCaseException;
import nl.ontschot.engine.Notice;
import nl.ontschot.engine.calculation.Calculator;
import nl.ontschot.engine.calculation.PreparedCase;
import nl.ontschot.engine.model.Case;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Each rule of calculation.md section 6 (schema version 2): an invalid case names the right path, the right
 * sentence in Dutch (and English where it matters), and all problems come at once.
 */
class CaseValidationV2Test {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();
	private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

	/** Five years from 2026, so that a formula in t can leave its range in a later year only. */
	private static final String VALID = """
			{
			  "schemaVersion": 2,
			  "name": "Proef versie 2",
			  "startYear": 2026,
			  "horizonYears": 5,
			  "parameters": [
			    {"id": "tarief", "value": 50},
			    {"id": "slagingskans", "value": 0.5}
			  ],
			  "targetGroups": [{"id": "g", "population": 100, "reachRate": 0.5, "successRate": "=slagingskans"}],
			  "parties": [
			    {"id": "a", "name": "Aanbieder", "type": "CARE_PROVIDER"},
			    {"id": "f", "name": "Verzekeraar", "type": "HEALTH_INSURER"},
			    {"id": "m", "name": "Gemeente", "type": "MUNICIPALITY"},
			    {"id": "i", "name": "Investeerder", "type": "INVESTOR"}
			  ],
			  "activities": [
			    {"id": "zorg", "name": "Zorg", "provider": "a", "financier": "f",
			     "current": {"volume": 10, "tariff": "=tarief", "unitCost": 40}, "future": {"volume": 5}},
			    {"id": "eigen", "name": "Eigen rekening", "provider": "a", "basis": "TOTAL",
			     "current": {"volume": 1, "tariff": 10}}
			  ],
			  "items": [
			    {"id": "kosten", "name": "Kosten", "party": "a", "type": "COST", "recurrence": "INCIDENTAL", "amount": 1000},
			    {"id": "baat", "name": "Baat", "party": "m", "type": "BENEFIT", "recurrence": "STRUCTURAL", "amount": 200},
			    {"id": "uren", "name": "Uren", "party": "a", "type": "COST", "recurrence": "STRUCTURAL", "fte": 1, "costPerFte": 60000}
			  ],
			  "allocationKeys": [{"id": "k", "method": "WEIGHTS", "weights": {"a": 1, "f": 3}}],
			  "settlement": {"method": "SHAPLEY"}
			}
			""";

	/** One valid arrangement of each type of 6.5. */
	private static final String SHARED_SAVINGS = """
			{"id": "ss", "type": "SHARED_SAVINGS", "payer": "f", "recipients": [{"party": "a", "share": 1}],
			 "sharingRate": 0.5}""";
	private static final String FIXED_PAYMENT = """
			{"id": "fp", "type": "FIXED_PAYMENT", "payer": "f", "recipients": [{"party": "a", "share": 1}],
			 "scope": ["zorg"], "price": 100, "per": "SUCCESS"}""";
	private static final String OUTCOME_PAYMENT = """
			{"id": "op", "type": "OUTCOME_PAYMENT", "payer": "m", "recipients": [{"party": "a", "share": 1}],
			 "amount": 20, "per": "PARTICIPANT", "condition": {"parameter": "slagingskans", "atLeast": 0.4}}""";
	private static final String IMPACT_BOND = """
			{"id": "ib", "type": "IMPACT_BOND", "investor": "i", "financed": ["kosten"],
			 "outcomePayers": [{"party": "f", "share": 1}, {"party": "m", "share": 1}],
			 "mode": "PRINCIPAL_PLUS_RETURN", "returnRate": 0.05}""";
	private static final String REVOLVING_FUND = """
			{"id": "rf", "type": "REVOLVING_FUND", "fundHolder": "m", "financed": ["kosten"], "beneficiaries": ["f", "m"]}""";
	private static final String POOLED_BUDGET = """
			{"id": "pb", "type": "POOLED_BUDGET", "holder": "m",
			 "contributors": [{"party": "f", "share": 1}, {"party": "m", "share": 1}], "scope": ["zorg"]}""";

	/** A problem as a controller reads it: where, which rule, and the Dutch sentence. */
	private record Problem(String path, String key, String dutch) {
	}

	private static ObjectNode valid() {
		return (ObjectNode) MAPPER.readTree(VALID);
	}

	private static ObjectNode json(String text) {
		return (ObjectNode) MAPPER.readTree(text);
	}

	private static ObjectNode at(ObjectNode root, String list, int index) {
		return (ObjectNode) root.get(list).get(index);
	}

	private static ObjectNode parameter(ObjectNode root, String id, Object value) {
		ObjectNode p = ((ArrayNode) root.get("parameters")).addObject().put("id", id);
		return value instanceof String s ? p.put("value", s) : p.put("value", ((Number) value).doubleValue());
	}

	/** The case with one arrangement, changed by {@code change} (a field set to null is removed). */
	private static ObjectNode withArrangement(String arrangement, String change) {
		ObjectNode root = valid();
		ObjectNode a = json(arrangement);
		json(change).properties().forEach(e -> {
			if (e.getValue().isNull()) {
				a.remove(e.getKey());
			} else {
				a.set(e.getKey(), e.getValue());
			}
		});
		root.putArray("arrangements").add(a);
		return root;
	}

	private static ObjectNode withScenario(String set) {
		ObjectNode root = valid();
		root.putArray("scenarios").addObject().put("id", "hoog").set("set", json(set));
		return root;
	}

	private static ObjectNode withUncertainty(String uncertainty) {
		ObjectNode root = valid();
		root.set("uncertainty", MAPPER.readTree(uncertainty));
		return root;
	}

	private static ObjectNode withActuals(String actuals) {
		ObjectNode root = valid();
		root.set("actuals", MAPPER.readTree(actuals));
		return root;
	}

	private static List<Notice> notices(JsonNode root) {
		try {
			CaseJson.read(root.toString());
			return List.of();
		} catch (InvalidCaseException e) {
			return e.problems();
		}
	}

	private static List<Problem> problems(JsonNode root) {
		return notices(root).stream().map(n -> new Problem(n.path(), n.key(), n.message(DUTCH))).toList();
	}

	private static List<String> english(JsonNode root) {
		return notices(root).stream().map(n -> n.line(Locale.ENGLISH)).toList();
	}

	private static List<String> paths(JsonNode root) {
		return notices(root).stream().map(Notice::path).toList();
	}

	@Test
	void theBaseCaseWithOneArrangementOfEachTypeAScenarioAndActualsIsValid() {
		ObjectNode root = valid();
		ArrayNode arrangements = root.putArray("arrangements");
		for (String a : List.of(SHARED_SAVINGS, FIXED_PAYMENT, OUTCOME_PAYMENT, IMPACT_BOND, REVOLVING_FUND,
				POOLED_BUDGET)) {
			arrangements.add(json(a));
		}
		root.set("scenarios", MAPPER.readTree("[{\"id\": \"hoog\", \"set\": {\"parameters.slagingskans\": 0.6}}]"));
		root.set("actuals", MAPPER.readTree("[{\"year\": 2026, \"parameters\": {\"tarief\": 52}}]"));

		assertThat(problems(root)).isEmpty();
	}

	// 6.1 key figures and formulas

	@Test
	void aFormulaWithASyntaxErrorNamesItsColumnCountedFromTheEqualsSign() {
		ObjectNode root = valid();
		parameter(root, "som", "=2 * (3 + )");

		assertThat(problems(root)).containsExactly(
				new Problem("parameters[2].value", "error.formula.unexpected", "onverwacht ')' op positie 11"));
		assertThat(english(root)).containsExactly("parameters[2].value: unexpected ')' at column 11");
	}

	@Test
	void aFormulaThatNamesNoKeyFigureIsRefusedAtItsField() {
		ObjectNode root = valid();
		((ObjectNode) at(root, "activities", 0).get("current")).put("tariff", "=tarif * 1.03^t");

		assertThat(problems(root)).containsExactly(new Problem("activities[0].current.tariff",
				"error.formula.unknownName", "onbekende naam 'tarif': geen kengetal van de casus"));
	}

	@Test
	void aCycleIsReportedOnceAtTheFirstKeyFigureOnItWithItsPath() {
		ObjectNode root = valid();
		// tarief leads into the cycle but is not on it; d is the first key figure in list order that is
		at(root, "parameters", 0).put("value", "=d");
		parameter(root, "d", "=b");
		parameter(root, "b", "=c + 1");
		parameter(root, "c", "=d * 2");

		assertThat(problems(root)).containsExactly(
				new Problem("parameters[2].value", "error.formula.circular", "kringverwijzing: d -> b -> c -> d"));
		assertThat(english(root)).containsExactly("parameters[2].value: circular: d -> b -> c -> d");
	}

	@Test
	void theBuiltInNamesAndTheFunctionNamesAreReservedForKeyFigures() {
		ObjectNode root = valid();
		for (String reserved : List.of("t", "year", "min", "max", "round", "if")) {
			parameter(root, reserved, 1);
		}

		assertThat(problems(root)).hasSize(6).allSatisfy(p -> assertThat(p.key()).isEqualTo("error.reservedName"))
				.extracting(Problem::path).containsExactly("parameters[2].id", "parameters[3].id", "parameters[4].id",
						"parameters[5].id", "parameters[6].id", "parameters[7].id");
		assertThat(problems(root).get(1).dutch())
				.isEqualTo("\"year\" is gereserveerd in formules; kies een andere id voor dit kengetal");
	}

	@Test
	void aFormulaOutOfItsFieldsRangeInALaterYearNamesThatCalendarYear() {
		ObjectNode root = valid();
		at(root, "targetGroups", 0).put("successRate", "=slagingskans + 0.14 * t");

		// 0.5 + 0.14 × 4 = 1.06 in 2030, the only year above 1
		assertThat(problems(root)).containsExactly(new Problem("targetGroups[0].successRate", "error.evaluates.atMost",
				"komt in 2030 uit op 1,06; mag hoogstens 1 zijn"));
		assertThat(english(root))
				.containsExactly("targetGroups[0].successRate: evaluates to 1.06 in 2030; must be at most 1");
	}

	@Test
	void aFieldOutOfRangeInSeveralYearsIsReportedOnceAtItsFirstYear() {
		ObjectNode root = valid();
		at(root, "targetGroups", 0).put("successRate", "=slagingskans + 0.2 * t");

		// 1.1 in 2029 and 1.3 in 2030: one field, one problem
		assertThat(problems(root)).containsExactly(new Problem("targetGroups[0].successRate", "error.evaluates.atMost",
				"komt in 2029 uit op 1,1; mag hoogstens 1 zijn"));
	}

	@Test
	void anEvaluatedValueIsShownWithTheDecimalsThatPutItOutOfRange() {
		ObjectNode root = valid();
		at(root, "targetGroups", 0).put("reachRate", "=1.0004");
		at(root, "activities", 0).put("capacityRelease", "=-0.00002");
		root.put("discountRate", "=0.5 + 0.0625");

		assertThat(problems(root)).containsExactlyInAnyOrder(
				new Problem("targetGroups[0].reachRate", "error.evaluates.atMost",
						"komt in 2026 uit op 1,0004; mag hoogstens 1 zijn"),
				new Problem("activities[0].capacityRelease", "error.evaluates.atLeast",
						"komt in 2026 uit op -0,00002; moet ten minste 0 zijn"),
				new Problem("discountRate", "error.evaluates.atMost", "komt in 2026 uit op 0,5625; mag hoogstens 0,5 zijn"));
	}

	@Test
	void aDivisionByZeroNamesTheYearInWhichItHappens() {
		ObjectNode root = valid();
		parameter(root, "perJaar", "=100 / (year - 2028)");

		assertThat(problems(root)).containsExactly(
				new Problem("parameters[2].value", "error.formula.inYear", "deling door nul (in 2028)"));
		assertThat(english(root)).containsExactly("parameters[2].value: division by zero (in 2028)");
	}

	@Test
	void roundNeedsWholeDigitsAndTheSentenceShowsTheDigitsGiven() {
		ObjectNode root = valid();
		parameter(root, "afgerond", "=round(2.5, 1.0001)");

		// "niet 1" beside "a whole number" would make no sense: the decimals are what is wrong
		assertThat(problems(root)).containsExactly(new Problem("parameters[2].value", "error.formula.inYear",
				"round heeft een geheel aantal decimalen nodig, niet 1,0001 (in 2026)"));
	}

	@Test
	void aVersion1CaseIsRefusedAtEveryFieldThatOnlyVersion2Has() {
		ObjectNode root = valid().put("schemaVersion", 1);
		at(root, "targetGroups", 0).put("successRate", 0.5);
		((ObjectNode) at(root, "activities", 0).get("current")).put("tariff", 50);
		at(root, "items", 0).put("amount", "=500 * 2");
		at(root, "activities", 0).set("financier", MAPPER.readTree("[{\"party\": \"f\", \"share\": 1}]"));
		((ArrayNode) root.get("allocationKeys")).addObject().put("id", "u").put("method", "BY_EXPENSE");
		root.set("scenarios", MAPPER.readTree("[{\"id\": \"hoog\", \"set\": {\"discountRate\": 0.1}}]"));
		root.set("actuals", MAPPER.readTree("[{\"year\": 2026}]"));
		// arrangements stay accepted and ignored in version 1 (section 2), even invalid ones
		root.putArray("arrangements").addObject().put("type", "NOTHING");

		assertThat(problems(root)).allSatisfy(p -> assertThat(p.key()).isEqualTo("error.needsVersion2"))
				.extracting(Problem::path).containsExactlyInAnyOrder("parameters", "items[0].amount",
						"activities[0].financier", "allocationKeys[1].method", "scenarios", "actuals");
		assertThat(problems(root).get(0).dutch()).startsWith("vraagt schemaVersion 2: ");
		assertThat(english(root).get(0)).isEqualTo("parameters: needs schemaVersion 2: key figures, formulas, "
				+ "scenarios, actuals, parties that pay together and BY_EXPENSE keys are part of version 2 of the case format");
	}

	// 6.2 values per year

	@Test
	void aFieldUsedOnceTakesYear0AndIsNotCheckedInLaterYearsWhileAPerYearFieldIs() {
		ObjectNode root = valid();
		// 0.2 × t leaves 0..0.5 from 2029 on, but the discount rate is used once, with its value of year 0
		root.put("discountRate", "=0.2 * t");

		Case c = CaseJson.read(root.toString());
		assertThat(PreparedCase.of(c).discountRate()).isZero();

		at(root, "targetGroups", 0).put("reachRate", "=0.3 * t");
		assertThat(problems(root)).containsExactly(new Problem("targetGroups[0].reachRate", "error.evaluates.atMost",
				"komt in 2030 uit op 1,2; mag hoogstens 1 zijn"));
	}

	@Test
	void weightsGivenAsFormulasMustStillAddUpToMoreThan0InYear0() {
		ObjectNode root = valid();
		at(root, "allocationKeys", 0).putObject("weights").put("a", "=0 * tarief").put("f", 0);

		assertThat(problems(root)).containsExactly(new Problem("allocationKeys[0].weights", "error.weightsSum",
				"de gewichten moeten samen meer dan 0 zijn"));
		// weights are used once, with their values of year 0 (6.2): later years do not count
		at(root, "allocationKeys", 0).putObject("weights").put("a", "=1 - t").put("f", 0);
		assertThat(problems(root)).isEmpty();
	}

	// 6.3 parties that pay together

	@Test
	void partiesThatPayTogetherNeedNotGiveSharesThatAddUpTo1() {
		ObjectNode root = valid();
		// shares are normalised (6.3): 1 and 3 are a quarter and three quarters
		at(root, "activities", 0).set("financier",
				MAPPER.readTree("[{\"party\": \"f\", \"share\": 1}, {\"party\": \"m\", \"share\": \"=3\"}]"));

		assertThat(problems(root)).isEmpty();
	}

	@Test
	void aPartyThatPaysTogetherMustBeAPartyOfTheCaseOnceAndOnlyOnce() {
		ObjectNode root = valid();
		at(root, "activities", 0).set("financier", MAPPER.readTree(
				"[{\"party\": \"f\", \"share\": 1}, {\"party\": \"zk\", \"share\": 1}, {\"party\": \"f\", \"share\": 2}]"));
		at(root, "activities", 1).set("financier", MAPPER.readTree("[]"));

		assertThat(problems(root)).containsExactlyInAnyOrder(
				new Problem("activities[0].financier[1].party", "error.unknownParty",
						"noemt partij \"zk\", maar die hoort niet bij de partijen van de casus"),
				new Problem("activities[0].financier[2].party", "error.duplicateParty", "noemt partij \"f\" meer dan eens"),
				new Problem("activities[1].financier", "error.noParties", "moet minstens een partij noemen"));
	}

	@Test
	void aShareOfAPartyThatPaysTogetherIsMoreThan0() {
		ObjectNode root = valid();
		at(root, "activities", 0).set("financier", MAPPER.readTree(
				"[{\"party\": \"f\", \"share\": 0}, {\"party\": \"m\"}, {\"party\": \"a\", \"share\": \"=1 - t\"}]"));

		// a financier share is used once (6.2): only its value of year 0 counts, and 1 − 0 is fine
		assertThat(problems(root)).containsExactlyInAnyOrder(
				new Problem("activities[0].financier[0].share", "error.positive", "moet groter dan 0 zijn"),
				new Problem("activities[0].financier[1].share", "error.required", "is verplicht"));
	}

	// 6.4 BY_EXPENSE

	@Test
	void aByExpenseKeyHasNoWeightsNamesPartiesOfTheCaseAndCannotSettleKeyShare() {
		ObjectNode root = valid();
		ArrayNode keys = (ArrayNode) root.get("allocationKeys");
		keys.addObject().put("id", "u").put("method", "BY_EXPENSE").putObject("weights").put("f", 1);
		keys.addObject().put("id", "v").put("method", "BY_EXPENSE").putArray("parties").add("f").add("zk");
		root.putObject("settlement").put("method", "KEY_SHARE").put("key", "u");

		assertThat(problems(root)).containsExactlyInAnyOrder(
				new Problem("allocationKeys[1].weights", "error.weightsOnlyForWeights",
						"alleen een sleutel met methode WEIGHTS heeft gewichten"),
				new Problem("allocationKeys[2].parties[1]", "error.unknownParty",
						"noemt partij \"zk\", maar die hoort niet bij de partijen van de casus"),
				new Problem("settlement.key", "error.settlementKey",
						"sleutel \"u\" verdeelt volgens BY_EXPENSE; KEY_SHARE vraagt een sleutel met EQUAL of WEIGHTS"));
	}

	@Test
	void aByExpenseKeyWhosePartiesSpendNothingWarnsAtTheKey() {
		ObjectNode root = valid();
		((ArrayNode) root.get("allocationKeys")).addObject().put("id", "u").put("method", "BY_EXPENSE")
				.putArray("parties").add("a").add("m");
		((ArrayNode) root.get("items")).addObject().put("id", "gedeeld").put("name", "Gedeeld").put("type", "COST")
				.put("recurrence", "INCIDENTAL").put("amount", 100).put("allocation", "u");

		Case c = CaseJson.read(root.toString());
		assertThat(PreparedCase.of(c).calculate().warnings()).extracting(Notice::path, Notice::key)
				.contains(tuple("allocationKeys.u", "warning.noPositiveExpense"));
	}

	// 6.5 arrangements, each type: its references, then its terms

	@Test
	void sharedSavingsReferences() {
		// an unknown payer is one problem, at the payer: not also one per scope activity it "does not finance"
		assertThat(problems(withArrangement(SHARED_SAVINGS, "{\"payer\": \"zk\", \"scope\": [\"zorg\", \"eigen\"]}")))
				.containsExactly(new Problem("arrangements[0].payer", "error.unknownParty",
						"noemt partij \"zk\", maar die hoort niet bij de partijen van de casus"));
		assertThat(problems(withArrangement(SHARED_SAVINGS,
				"{\"recipients\": [{\"party\": \"y\", \"share\": 1}], \"scope\": [\"zorg\", \"nope\", \"eigen\"]}")))
				.containsExactlyInAnyOrder(
						new Problem("arrangements[0].recipients[0].party", "error.unknownParty",
								"noemt partij \"y\", maar die hoort niet bij de partijen van de casus"),
						new Problem("arrangements[0].scope[1]", "error.unknownActivity",
								"noemt activiteit \"nope\", die geen activiteit van de casus is"),
						new Problem("arrangements[0].scope[2]", "error.scopeNotFinanced",
								"activiteit \"eigen\" wordt niet gefinancierd door de betaler \"f\""));
	}

	@Test
	void anUnknownFinancierIsReportedAtTheActivityNotAgainAtTheArrangementThatNamesItsPayer() {
		ObjectNode root = withArrangement(FIXED_PAYMENT, "{}");
		at(root, "activities", 0).put("financier", "ff");

		assertThat(problems(root)).containsExactly(new Problem("activities[0].financier", "error.unknownParty",
				"noemt partij \"ff\", maar die hoort niet bij de partijen van de casus"));
	}

	@Test
	void sharedSavingsTerms() {
		assertThat(problems(withArrangement(SHARED_SAVINGS, "{\"sharingRate\": null}")))
				.containsExactly(new Problem("arrangements[0].sharingRate", "error.required", "is verplicht"));
		assertThat(problems(withArrangement(SHARED_SAVINGS, """
				{"sharingRate": 1.2, "minimumSavingsRate": -0.1, "cap": -1, "twoSided": "ja",
				 "lossSharingRate": "=0.5 + 0.2 * t"}"""))).containsExactlyInAnyOrder(
				new Problem("arrangements[0].sharingRate", "error.between", "moet tussen 0 en 1 liggen (grenzen inbegrepen)"),
				new Problem("arrangements[0].minimumSavingsRate", "error.between",
						"moet tussen 0 en 1 liggen (grenzen inbegrepen)"),
				new Problem("arrangements[0].cap", "error.negative", "moet 0 of meer zijn"),
				new Problem("arrangements[0].twoSided", "error.notBoolean", "moet true of false zijn"),
				// a term given as a formula is checked in every year (6.2), also when the case has other problems
				new Problem("arrangements[0].lossSharingRate", "error.evaluates.atMost",
						"komt in 2029 uit op 1,1; mag hoogstens 1 zijn"));
	}

	@Test
	void fixedPaymentReferences() {
		assertThat(problems(withArrangement(FIXED_PAYMENT, """
				{"recipients": [{"party": "a", "share": 1}, {"party": "a", "share": 1}],
				 "scope": ["eigen"], "per": "PARTICIPANT", "group": "h"}"""))).containsExactlyInAnyOrder(
				new Problem("arrangements[0].recipients[1].party", "error.duplicateParty", "noemt partij \"a\" meer dan eens"),
				new Problem("arrangements[0].scope[0]", "error.scopeNotFinanced",
						"activiteit \"eigen\" wordt niet gefinancierd door de betaler \"f\""),
				new Problem("arrangements[0].group", "error.unknownGroup",
						"noemt doelgroep \"h\", maar die hoort niet bij de doelgroepen van de casus"));
	}

	@Test
	void fixedPaymentTerms() {
		assertThat(problems(withArrangement(FIXED_PAYMENT, "{\"scope\": null, \"price\": null, \"per\": null}")))
				.extracting(Problem::path, Problem::key).containsExactlyInAnyOrder(
						tuple("arrangements[0].scope", "error.required"),
						tuple("arrangements[0].price", "error.required"),
						tuple("arrangements[0].per", "error.required"));
		assertThat(problems(withArrangement(FIXED_PAYMENT, "{\"price\": -5, \"per\": \"MONTH\", \"scope\": []}")))
				.containsExactlyInAnyOrder(
						new Problem("arrangements[0].price", "error.negative", "moet 0 of meer zijn"),
						new Problem("arrangements[0].per", "error.choice",
								"\"MONTH\" is hier niet toegestaan; kies uit PARTICIPANT, SUCCESS, YEAR"),
						new Problem("arrangements[0].scope", "error.emptyList", "moet er ten minste één noemen"));
	}

	@Test
	void outcomePaymentReferences() {
		ObjectNode root = withArrangement(OUTCOME_PAYMENT,
				"{\"payer\": \"zk\", \"condition\": {\"parameter\": \"kans\", \"atLeast\": 0.4}}");
		((ArrayNode) root.get("arrangements")).add(json(OUTCOME_PAYMENT).put("id", "op2")
				.set("condition", json("{\"group\": \"h\", \"successRateAtLeast\": 0.5}")));

		assertThat(problems(root)).containsExactlyInAnyOrder(
				new Problem("arrangements[0].payer", "error.unknownParty",
						"noemt partij \"zk\", maar die hoort niet bij de partijen van de casus"),
				new Problem("arrangements[0].condition.parameter", "error.unknownParameter",
						"noemt kengetal \"kans\", dat geen kengetal van de casus is"),
				new Problem("arrangements[1].condition.group", "error.unknownGroup",
						"noemt doelgroep \"h\", maar die hoort niet bij de doelgroepen van de casus"));
	}

	@Test
	void outcomePaymentTerms() {
		assertThat(problems(withArrangement(OUTCOME_PAYMENT, "{\"amount\": null, \"per\": null}")))
				.extracting(Problem::path).containsExactlyInAnyOrder("arrangements[0].amount", "arrangements[0].per");
		assertThat(problems(withArrangement(OUTCOME_PAYMENT, """
				{"amount": "=-5", "recipients": [{"party": "a", "share": 0}],
				 "condition": {"parameter": "slagingskans", "atLeast": 0.4, "group": "g"}}""")))
				.containsExactlyInAnyOrder(
						new Problem("arrangements[0].amount", "error.evaluates.atLeast",
								"komt in 2026 uit op -5; moet ten minste 0 zijn"),
						new Problem("arrangements[0].recipients[0].share", "error.positive", "moet groter dan 0 zijn"),
						new Problem("arrangements[0].condition", "error.conditionForm",
								"een voorwaarde is {parameter, atLeast} of {group, successRateAtLeast}"));
	}

	@Test
	void impactBondReferences() {
		assertThat(problems(withArrangement(IMPACT_BOND, """
				{"investor": "bank", "financed": ["baat", "nope"], "outcomePayers": [{"party": "y", "share": 1}],
				 "condition": {"parameter": "kans", "atLeast": 1}}"""))).containsExactlyInAnyOrder(
				new Problem("arrangements[0].investor", "error.unknownParty",
						"noemt partij \"bank\", maar die hoort niet bij de partijen van de casus"),
				new Problem("arrangements[0].financed[0]", "error.financedNotCashCost",
						"post \"baat\" is geen kostenpost in geld (type COST, nature CASH), dus die kan niet voorgefinancierd worden"),
				new Problem("arrangements[0].financed[1]", "error.unknownItem",
						"noemt post \"nope\", die geen post van de casus is"),
				new Problem("arrangements[0].outcomePayers[0].party", "error.unknownParty",
						"noemt partij \"y\", maar die hoort niet bij de partijen van de casus"),
				new Problem("arrangements[0].condition.parameter", "error.unknownParameter",
						"noemt kengetal \"kans\", dat geen kengetal van de casus is"));
	}

	@Test
	void impactBondTermsDependOnItsMode() {
		assertThat(problems(withArrangement(IMPACT_BOND, "{\"mode\": null}")))
				.containsExactly(new Problem("arrangements[0].mode", "error.required", "is verplicht"));
		ObjectNode root = withArrangement(IMPACT_BOND,
				"{\"returnRate\": null, \"price\": 10, \"repaymentYear\": 5, \"maxReturnRate\": -1}");
		((ArrayNode) root.get("arrangements")).add(json(IMPACT_BOND).put("id", "ib2").put("mode", "PER_OUTCOME")
				.put("maxReturnRate", -0.1).set("condition", json("{\"parameter\": \"slagingskans\", \"atLeast\": 0.4}")));

		assertThat(problems(root)).containsExactlyInAnyOrder(
				new Problem("arrangements[0].returnRate", "error.required", "is verplicht"),
				new Problem("arrangements[0].price", "error.notForMode",
						"geldt niet voor een impact bond met werkwijze PRINCIPAL_PLUS_RETURN"),
				new Problem("arrangements[0].repaymentYear", "error.between", "moet tussen 0 en 4 liggen (grenzen inbegrepen)"),
				// a term of the other mode is refused as such, not also checked as if it applied
				new Problem("arrangements[0].maxReturnRate", "error.notForMode",
						"geldt niet voor een impact bond met werkwijze PRINCIPAL_PLUS_RETURN"),
				new Problem("arrangements[1].price", "error.required", "is verplicht"),
				new Problem("arrangements[1].returnRate", "error.notForMode",
						"geldt niet voor een impact bond met werkwijze PER_OUTCOME"),
				new Problem("arrangements[1].condition", "error.notForMode",
						"geldt niet voor een impact bond met werkwijze PER_OUTCOME"),
				new Problem("arrangements[1].maxReturnRate", "error.negative", "moet 0 of meer zijn"));
	}

	@Test
	void revolvingFundReferences() {
		assertThat(problems(withArrangement(REVOLVING_FUND,
				"{\"fundHolder\": \"bank\", \"financed\": [\"nope\"], \"beneficiaries\": [\"f\", \"y\", \"f\"]}")))
				.containsExactlyInAnyOrder(
						new Problem("arrangements[0].fundHolder", "error.unknownParty",
								"noemt partij \"bank\", maar die hoort niet bij de partijen van de casus"),
						new Problem("arrangements[0].financed[0]", "error.unknownItem",
								"noemt post \"nope\", die geen post van de casus is"),
						new Problem("arrangements[0].beneficiaries[1]", "error.unknownParty",
								"noemt partij \"y\", maar die hoort niet bij de partijen van de casus"),
						new Problem("arrangements[0].beneficiaries[2]", "error.duplicateParty",
								"noemt partij \"f\" meer dan eens"));
	}

	@Test
	void revolvingFundTerms() {
		assertThat(problems(withArrangement(REVOLVING_FUND,
				"{\"financed\": null, \"beneficiaries\": [], \"capAtSavings\": \"ja\", \"price\": 3}")))
				.containsExactlyInAnyOrder(
						new Problem("arrangements[0].financed", "error.required", "is verplicht"),
						new Problem("arrangements[0].beneficiaries", "error.noParties", "moet minstens een partij noemen"),
						new Problem("arrangements[0].capAtSavings", "error.notBoolean", "moet true of false zijn"),
						new Problem("arrangements[0].price", "error.unknownField",
								"is geen veld van het casusformaat (controleer de spelling van \"price\")"));
	}

	@Test
	void pooledBudgetReferences() {
		assertThat(problems(withArrangement(POOLED_BUDGET, """
				{"holder": "bank", "contributors": [{"party": "y", "share": 1}], "scope": ["eigen", "nope"]}""")))
				.containsExactlyInAnyOrder(
						new Problem("arrangements[0].holder", "error.unknownParty",
								"noemt partij \"bank\", maar die hoort niet bij de partijen van de casus"),
						new Problem("arrangements[0].contributors[0].party", "error.unknownParty",
								"noemt partij \"y\", maar die hoort niet bij de partijen van de casus"),
						new Problem("arrangements[0].scope[0]", "error.scopeWithoutFinancier",
								"activiteit \"eigen\" heeft geen financier binnen de casus, dus er valt niets uit de pot te betalen"),
						new Problem("arrangements[0].scope[1]", "error.unknownActivity",
								"noemt activiteit \"nope\", die geen activiteit van de casus is"));
	}

	@Test
	void pooledBudgetTerms() {
		assertThat(problems(withArrangement(POOLED_BUDGET, "{\"contributors\": null, \"scope\": null}")))
				.extracting(Problem::path).containsExactlyInAnyOrder("arrangements[0].contributors", "arrangements[0].scope");
		assertThat(problems(withArrangement(POOLED_BUDGET, """
				{"budget": -1, "surplus": "NIEMAND",
				 "contributors": [{"party": "f", "share": 1}, {"party": "m", "share": "=1 - 0.25 * t"}]}""")))
				.containsExactlyInAnyOrder(
						new Problem("arrangements[0].budget", "error.negative", "moet 0 of meer zijn"),
						new Problem("arrangements[0].surplus", "error.choice",
								"\"NIEMAND\" is hier niet toegestaan; kies uit HOLDER, CONTRIBUTORS"),
						// the shares of contributors are per year (6.2): 1 − 0.25 × 4 = 0 in 2030
						new Problem("arrangements[0].contributors[1].share", "error.evaluates.moreThan",
								"komt in 2030 uit op 0; moet meer dan 0 zijn"));
	}

	@Test
	void everyArrangementHasAnIdYearsInTheHorizonAndAConditionOnlyWhereItApplies() {
		assertThat(problems(withArrangement(REVOLVING_FUND, """
				{"id": "none", "fromYear": 3, "toYear": 1, "condition": {"parameter": "slagingskans", "atLeast": 0.4}}""")))
				.containsExactlyInAnyOrder(
						new Problem("arrangements[0].id", "error.reservedArrangement",
								"\"none\" staat voor geen afspraak in de vergelijking; kies een andere id"),
						new Problem("arrangements[0].toYear", "error.reversedYears", "mag niet voor fromYear (3) liggen"),
						new Problem("arrangements[0].condition", "error.conditionNotAllowed",
								"alleen een OUTCOME_PAYMENT of een IMPACT_BOND met werkwijze PRINCIPAL_PLUS_RETURN heeft een voorwaarde"));
		assertThat(paths(withArrangement(SHARED_SAVINGS, "{\"type\": \"LENING\"}"))).containsExactly("arrangements[0].type");
	}

	// 6.6 scenarios

	@Test
	void aScenarioTargetMustNameALineOfTheCase() {
		assertThat(problems(withScenario("{\"items.nope.amount\": 5, \"nothing.x\": 1, \"parameters.kans\": 1}")))
				.containsExactlyInAnyOrder(
						new Problem("scenarios[0].set.items.nope.amount", "error.target.unknownLine",
								"noemt \"nope\", dat niet in die lijst van de casus staat"),
						new Problem("scenarios[0].set.nothing.x", "error.target.unknown",
								"is geen veld dat een scenario kan veranderen (discountRate, parameters.ID, targetGroups.ID.VELD, "
										+ "activities.ID.current.VELD, activities.ID.future.VELD, activities.ID.capacityRelease, "
										+ "items.ID.amount, arrangements.ID.VELD)"),
						new Problem("scenarios[0].set.parameters.kans", "error.target.unknownParameter",
								"noemt kengetal \"kans\", dat geen kengetal van de casus is"));
	}

	@Test
	void aScenarioTargetMustBeANumberTheLineGivesOrHasByDefault() {
		// uren is given with fte and costPerFte, kosten with an amount (6.10)
		assertThat(problems(withScenario(
				"{\"activities.zorg.provider\": 1, \"items.kosten.fte\": 1, \"items.uren.amount\": 5, \"items.uren.fte\": 2}")))
				.containsExactlyInAnyOrder(
						new Problem("scenarios[0].set.activities.zorg.provider", "error.target.notAField",
								"\"provider\" is geen getal dat deze regel geeft of als standaard heeft, dus een scenario kan het niet veranderen"),
						new Problem("scenarios[0].set.items.kosten.fte", "error.target.notAField",
								"\"fte\" is geen getal dat deze regel geeft of als standaard heeft, dus een scenario kan het niet veranderen"),
						new Problem("scenarios[0].set.items.uren.amount", "error.target.notAField",
								"\"amount\" is geen getal dat deze regel geeft of als standaard heeft, dus een scenario kan het niet veranderen"));
	}

	@Test
	void aScenarioNumberIsCheckedAgainstItsFieldsRangeAtTheChange() {
		assertThat(problems(withScenario(
				"{\"targetGroups.g.successRate\": 1.5, \"discountRate\": 0.6, \"items.kosten.amount\": -1, \"parameters.tarief\": -1}")))
				.containsExactlyInAnyOrder(
						new Problem("scenarios[0].set.targetGroups.g.successRate", "error.between",
								"moet tussen 0 en 1 liggen (grenzen inbegrepen)"),
						new Problem("scenarios[0].set.discountRate", "error.between",
								"moet tussen 0 en 0,5 liggen (grenzen inbegrepen)"),
						new Problem("scenarios[0].set.items.kosten.amount", "error.negative", "moet 0 of meer zijn"));
		assertThat(english(withScenario("{\"discountRate\": 0.6}")))
				.containsExactly("scenarios[0].set.discountRate: must be from 0 to 0.5");
	}

	@Test
	void aScenarioFormulaThatTakesAFieldOutOfItsRangeNamesTheScenarioTheFieldAndTheYear() {
		assertThat(problems(withScenario("{\"parameters.slagingskans\": \"=0.5 + 0.14 * t\"}"))).containsExactly(
				new Problem("scenarios[0]", "error.inScenario",
						"met dit scenario: targetGroups[0].successRate komt in 2030 uit op 1,06; mag hoogstens 1 zijn"));
		// the target itself leaving its range is reported at the change
		assertThat(problems(withScenario("{\"targetGroups.g.successRate\": \"=0.9 + 0.05 * t\"}"))).containsExactly(
				new Problem("scenarios[0].set.targetGroups.g.successRate", "error.evaluates.atMost",
						"komt in 2029 uit op 1,05; mag hoogstens 1 zijn"));
		assertThat(problems(withScenario("{\"parameters.slagingskans\": \"=kans\"}"))).containsExactly(
				new Problem("scenarios[0].set.parameters.slagingskans", "error.formula.unknownName",
						"onbekende naam 'kans': geen kengetal van de casus"));
	}

	@Test
	void scenarioTargetsAreCheckedTogetherWithEveryOtherProblem() {
		ObjectNode root = withScenario("{\"items.nope.amount\": 5}");
		((ObjectNode) at(root, "activities", 0).get("current")).put("volume", -1);
		root.withArray("scenarios").addObject().put("id", "base").putObject("set").put("discountRate", 0.1);

		assertThat(paths(root)).containsExactlyInAnyOrder("activities[0].current.volume",
				"scenarios[0].set.items.nope.amount", "scenarios[1].id");
	}

	// 6.7 actuals

	@Test
	void actualsNameLinesOfTheCaseAndYearsOfTheHorizonEachOnce() {
		assertThat(problems(withActuals("""
				[{"year": 2031, "activities": {"nope": {"volume": 1}}, "items": {"nope": {"amount": 1}},
				  "parameters": {"kans": 1}, "targetGroups": {"h": {"population": 1}, "g": {"successRate": 1.2}}},
				 {"year": 2026}, {"year": 2026}]"""))).containsExactlyInAnyOrder(
				new Problem("actuals[0].year", "error.between", "moet tussen 2026 en 2030 liggen (grenzen inbegrepen)"),
				new Problem("actuals[0].activities.nope", "error.unknownActivity",
						"noemt activiteit \"nope\", die geen activiteit van de casus is"),
				new Problem("actuals[0].items.nope", "error.unknownItem", "noemt post \"nope\", die geen post van de casus is"),
				new Problem("actuals[0].parameters.kans", "error.unknownParameter",
						"noemt kengetal \"kans\", dat geen kengetal van de casus is"),
				new Problem("actuals[0].targetGroups.h", "error.unknownGroup",
						"noemt doelgroep \"h\", maar die hoort niet bij de doelgroepen van de casus"),
				new Problem("actuals[0].targetGroups.g.successRate", "error.between",
						"moet tussen 0 en 1 liggen (grenzen inbegrepen)"),
				new Problem("actuals[2].year", "error.duplicateYear", "het jaar 2026 is eerder in deze lijst al gerealiseerd"));
	}

	@Test
	void aRealisedKeyFigureThatTakesAFormulaOutOfRangeIsReportedAtTheActualsNotAsThePlans() {
		// the plan's success rate is 0.5; the realised key figure makes it 1.3 in 2027 only
		assertThat(problems(withActuals("[{\"year\": 2027, \"parameters\": {\"slagingskans\": 1.3}}]"))).containsExactly(
				new Problem("actuals", "error.withActuals",
						"met de realisatie: targetGroups[0].successRate komt in 2027 uit op 1,3; mag hoogstens 1 zijn"));
	}

	@Test
	void aFormulaInActualsIsRefusedBecauseARealisedValueIsANumber() {
		assertThat(problems(withActuals("""
				[{"year": 2026, "parameters": {"tarief": "=50 * 1.1"}, "items": {"kosten": {"amount": "=900"}},
				  "activities": {"zorg": {"volume": 4, "tariff": "52"}}}]"""))).containsExactlyInAnyOrder(
				new Problem("actuals[0].parameters.tarief", "error.formulaInActuals",
						"moet een getal zijn: een gerealiseerde waarde is wat er werkelijk gebeurde, geen formule"),
				new Problem("actuals[0].items.kosten.amount", "error.formulaInActuals",
						"moet een getal zijn: een gerealiseerde waarde is wat er werkelijk gebeurde, geen formule"),
				new Problem("actuals[0].activities.zorg.tariff", "error.numberAsText",
						"moet een getal zijn, geen tekst: schrijf 52 zonder aanhalingstekens"));
	}

	// 6.8 uncertainty

	@Test
	void anUncertaintyWithAnInputOfEachDistributionIsValid() {
		assertThat(problems(withUncertainty("""
				{"iterations": 500, "seed": 42, "inputs": [
				  {"target": "parameters.tarief", "distribution": "UNIFORM", "min": 40, "max": 60},
				  {"target": "targetGroups.g.reachRate", "distribution": "TRIANGULAR", "min": 0.2, "mode": 0.5, "max": 0.8},
				  {"target": "items.kosten.amount", "distribution": "PERT", "min": 800, "mode": 1000, "max": 1500},
				  {"target": "discountRate", "distribution": "NORMAL", "mean": 0.03, "sd": 0.01}]}"""))).isEmpty();
	}

	@Test
	void iterationsAreAWholeNumberFrom1To1000000() {
		assertThat(problems(withUncertainty("{\"iterations\": 0, \"inputs\": []}"))).containsExactly(
				new Problem("uncertainty.iterations", "error.between", "moet tussen 1 en 1000000 liggen (grenzen inbegrepen)"));
		assertThat(paths(withUncertainty("{\"iterations\": 1000001, \"inputs\": []}")))
				.containsExactly("uncertainty.iterations");
		assertThat(paths(withUncertainty("{\"iterations\": 2.5, \"inputs\": []}"))).containsExactly("uncertainty.iterations");
	}

	@Test
	void theSeedIsAWholeNumber() {
		assertThat(problems(withUncertainty("{\"seed\": 1.5, \"inputs\": []}")))
				.extracting(Problem::path, Problem::key).containsExactly(tuple("uncertainty.seed", "error.notWholeNumber"));
		assertThat(paths(withUncertainty("{\"seed\": 1e17, \"inputs\": []}"))).containsExactly("uncertainty.seed");
	}

	@Test
	void inputsAreRequiredAndEachGivesATargetAndAKnownDistribution() {
		assertThat(problems(withUncertainty("{}"))).extracting(Problem::path, Problem::key)
				.containsExactly(tuple("uncertainty.inputs", "error.required"));
		assertThat(problems(withUncertainty("""
				{"inputs": [{"distribution": "UNIFORM", "min": 1, "max": 2}, {"target": "parameters.tarief", "distribution": "LOGNORMAL"},
				  {"target": "parameters.tarief", "min": 1}]}"""))).extracting(Problem::path, Problem::key).containsExactlyInAnyOrder(
				tuple("uncertainty.inputs[0].target", "error.required"), tuple("uncertainty.inputs[1].distribution", "error.choice"),
				tuple("uncertainty.inputs[2].distribution", "error.required"));
	}

	@Test
	void eachDistributionNeedsItsOwnValuesAndNoOthers() {
		assertThat(problems(withUncertainty("""
				{"inputs": [{"target": "parameters.tarief", "distribution": "TRIANGULAR", "min": 1, "max": 2},
				  {"target": "discountRate", "distribution": "NORMAL", "mean": 0.03, "sd": 0.01, "max": 0.1}]}""")))
				.containsExactlyInAnyOrder(new Problem("uncertainty.inputs[0].mode", "error.required", "is verplicht"),
						new Problem("uncertainty.inputs[1].max", "error.uncertainty.notOfDistribution",
								"is geen waarde van een NORMAL-verdeling"));
	}

	@Test
	void minModeAndMaxAreInOrder() {
		assertThat(problems(withUncertainty("""
				{"inputs": [{"target": "parameters.tarief", "distribution": "UNIFORM", "min": 60, "max": 40},
				  {"target": "items.kosten.amount", "distribution": "PERT", "min": 800, "mode": 700, "max": 1500},
				  {"target": "items.baat.amount", "distribution": "TRIANGULAR", "min": 100, "mode": 300.5, "max": 250}]}""")))
				.containsExactlyInAnyOrder(
						new Problem("uncertainty.inputs[0].max", "error.uncertainty.belowMin", "mag niet kleiner zijn dan de laagste waarde (60)"),
						new Problem("uncertainty.inputs[1].mode", "error.uncertainty.belowMin", "mag niet kleiner zijn dan de laagste waarde (800)"),
						new Problem("uncertainty.inputs[2].mode", "error.uncertainty.aboveMax", "mag niet groter zijn dan de hoogste waarde (250)"));
		assertThat(english(withUncertainty("""
				{"inputs": [{"target": "parameters.tarief", "distribution": "UNIFORM", "min": 60, "max": 40.5}]}""")))
				.containsExactly("uncertainty.inputs[0].max: must not be less than the lowest value (60)");
		// a range collapsed to a point is allowed: the input is then certain
		assertThat(problems(withUncertainty("""
				{"inputs": [{"target": "items.kosten.amount", "distribution": "PERT", "min": 900, "mode": 900, "max": 900}]}""")))
				.isEmpty();
	}

	@Test
	void theStandardDeviationIsMoreThan0() {
		assertThat(problems(withUncertainty("""
				{"inputs": [{"target": "parameters.tarief", "distribution": "NORMAL", "mean": 50, "sd": 0}]}""")))
				.containsExactly(new Problem("uncertainty.inputs[0].sd", "error.positive", "moet groter dan 0 zijn"));
	}

	@Test
	void anInputTargetNamesAFieldAsAScenarioDoesAtMostOnce() {
		assertThat(problems(withUncertainty("""
				{"inputs": [{"target": "items.nope.amount", "distribution": "UNIFORM", "min": 1, "max": 2},
				  {"target": "parameters.kans", "distribution": "UNIFORM", "min": 1, "max": 2},
				  {"target": "activities.zorg.provider", "distribution": "UNIFORM", "min": 1, "max": 2},
				  {"target": "parameters.tarief", "distribution": "UNIFORM", "min": 1, "max": 2},
				  {"target": "parameters.tarief", "distribution": "NORMAL", "mean": 1, "sd": 2}]}""")))
				.extracting(Problem::path, Problem::key).containsExactlyInAnyOrder(
						tuple("uncertainty.inputs[0].target", "error.target.unknownLine"),
						tuple("uncertainty.inputs[1].target", "error.target.unknownParameter"),
						tuple("uncertainty.inputs[2].target", "error.target.notAField"),
						tuple("uncertainty.inputs[4].target", "error.uncertainty.duplicateTarget"));
	}

	@Test
	void theBoundsLieInsideTheTargetFieldsRange() {
		assertThat(problems(withUncertainty("""
				{"inputs": [{"target": "targetGroups.g.successRate", "distribution": "TRIANGULAR", "min": 0.2, "mode": 0.9, "max": 1.2},
				  {"target": "items.kosten.amount", "distribution": "UNIFORM", "min": -5, "max": 2},
				  {"target": "discountRate", "distribution": "NORMAL", "mean": 0.6, "sd": 0.1}]}""")))
				.containsExactlyInAnyOrder(
						new Problem("uncertainty.inputs[0].max", "error.between", "moet tussen 0 en 1 liggen (grenzen inbegrepen)"),
						new Problem("uncertainty.inputs[1].min", "error.negative", "moet 0 of meer zijn"),
						new Problem("uncertainty.inputs[2].mean", "error.between", "moet tussen 0 en 0,5 liggen (grenzen inbegrepen)"));
	}

	@Test
	void uncertaintyProblemsComeTogetherWithEveryOtherProblem() {
		ObjectNode root = withUncertainty("""
				{"iterations": 0, "inputs": [{"target": "items.nope.amount", "distribution": "UNIFORM", "min": 1, "max": 2},
				  {"target": "parameters.tarief", "distribution": "NORMAL", "mean": 50, "sd": -1}]}""");
		((ObjectNode) at(root, "activities", 0).get("current")).put("volume", -1);
		assertThat(paths(root)).containsExactlyInAnyOrder("activities[0].current.volume", "uncertainty.iterations",
				"uncertainty.inputs[0].target", "uncertainty.inputs[1].sd");
	}

	@Test
	void aDrawnKeyFigureThatTakesAFormulaOutOfRangeIsReportedAtTheUncertainty() {
		// the success rate of g follows slagingskans: a draw above 1 takes it out of its range
		ObjectNode root = withUncertainty("""
				{"iterations": 50, "inputs": [{"target": "parameters.slagingskans", "distribution": "UNIFORM", "min": 0.5, "max": 1.5}]}""");
		assertThat(problems(root)).isEmpty();
		assertThatThrownBy(() -> Calculator.calculate(CaseJson.read(root.toString())))
				.isInstanceOfSatisfying(InvalidCaseException.class, e -> {
					assertThat(e.problems()).extracting(Notice::path, Notice::key)
							.containsOnly(tuple("uncertainty", "error.uncertainty.drawn"));
					assertThat(e.problems().get(0).message(DUTCH))
							.matches("met een getrokken waarde: targetGroups\\[0\\]\\.successRate komt in 2026 uit op 1,\\d+; mag hoogstens 1 zijn");
				});
	}

	// section 5: all at once

	@Test
	void everyProblemOfVersion2IsReportedAtOnce() {
		ObjectNode root = valid();
		parameter(root, "max", 1);
		at(root, "targetGroups", 0).put("successRate", "=slagingskans + 0.14 * t");
		at(root, "items", 0).put("amount", "=2 * (3 + )");
		at(root, "items", 1).put("amount", "=onbekend");
		at(root, "activities", 0).set("financier", MAPPER.readTree("[{\"party\": \"zk\", \"share\": 1}]"));
		((ArrayNode) root.get("allocationKeys")).addObject().put("id", "u").put("method", "BY_EXPENSE")
				.putObject("weights").put("f", 1);
		root.putArray("arrangements").add(json(SHARED_SAVINGS).put("payer", "bank"));
		root.set("scenarios", MAPPER.readTree("[{\"id\": \"hoog\", \"set\": {\"items.nope.amount\": 5}}]"));
		root.set("actuals", MAPPER.readTree("[{\"year\": 2026, \"parameters\": {\"tarief\": \"=1\"}}]"));

		// the range of a formula's values is known only by evaluating it; that too comes with the rest
		assertThat(paths(root)).containsExactlyInAnyOrder("parameters[2].id", "targetGroups[0].successRate",
				"items[0].amount", "items[1].amount",
				"activities[0].financier[0].party", "allocationKeys[1].weights", "arrangements[0].payer",
				"scenarios[0].set.items.nope.amount", "actuals[0].parameters.tarief");
	}
}
