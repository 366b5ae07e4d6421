package nl.ontschot.app.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.ontschot.app.Api;
import nl.ontschot.app.cases.WriteRules.Reason;
import nl.ontschot.app.cases.WriteRules.Refusal;
import nl.ontschot.app.cases.WriteRules.Writer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The rules of who may change what, on the difference between the stored and the new document. */
class WriteRulesTest {

	private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	private static final String CASE = """
			{'name': 'c', 'startYear': 2026,
			 'targetGroups': [{'id': 'g', 'population': 10}],
			 'parties': [{'id': 'a', 'name': 'A', 'type': 'CARE_PROVIDER'}, {'id': 'b', 'name': 'B', 'type': 'HEALTH_INSURER'}],
			 'activities': [{'id': 'act', 'provider': 'a', 'financier': 'b', 'basis': 'TOTAL', 'current': {'volume': 1, 'tariff': 5}},
			                {'id': 'own', 'provider': 'a', 'current': {'volume': 1}},
			                {'id': 'other', 'provider': 'b', 'current': {'volume': 1}}],
			 'items': [{'id': 'mine', 'party': 'a', 'amount': 1},
			           {'id': 'shared', 'party': 'a', 'allocation': 'k', 'amount': 1},
			           {'id': 'theirs', 'party': 'b', 'amount': 1}],
			 'allocationKeys': [{'id': 'k', 'method': 'EQUAL'}],
			 'settlement': {'method': 'SHAPLEY'},
			 'conversation': {'knelpunt.wat': [{'party': 'b', 'text': 'Te veel uren', 'by': 'bea', 'at': '2026-01-01T00:00:00Z'}]}}""";

	private static ObjectNode json(String text) {
		return (ObjectNode) Api.JSON.readTree(text.replace('\'', '"'));
	}

	private static final Writer PARTY_A = new Writer("ann", new Membership(Role.EDITOR, Optional.of("a")));
	private static final Writer EDITOR = new Writer("ed", new Membership(Role.EDITOR, Optional.empty()));
	private static final Writer OWNER = new Writer("olga", new Membership(Role.OWNER, Optional.empty()));

	/** The refusals of a change, empty when it is allowed. */
	private static List<Refusal> refusals(Writer writer, String after) {
		try {
			WriteRules.check(writer, json(CASE), json(after), NOW);
			return List.of();
		} catch (WriteRefusedException e) {
			return e.refusals();
		}
	}

	private static String change(String from, String to) {
		assertThat(CASE).contains(from);
		return CASE.replace(from, to);
	}

	@Test
	void aPartyChangesItsOwnEntryButNotItsTypeOrWhetherItIsEssential() {
		assertThat(refusals(PARTY_A, change("'name': 'A'", "'name': 'A2', 'contact': 'ann@a.nl'"))).isEmpty();
		assertThat(refusals(PARTY_A, change("'name': 'A', 'type': 'CARE_PROVIDER'",
				"'name': 'A', 'type': 'CARE_PROVIDER', 'essential': true")))
				.containsExactly(new Refusal("parties[0].essential", Reason.PARTY_FIELD));
		assertThat(refusals(PARTY_A, change("'type': 'CARE_PROVIDER'", "'type': 'WELFARE'")))
				.containsExactly(new Refusal("parties[0].type", Reason.PARTY_FIELD));
		assertThat(refusals(PARTY_A, change("'name': 'B'", "'name': 'B2'")))
				.containsExactly(new Refusal("parties[1].name", Reason.OTHER_PARTY));
	}

	@Test
	void ofAnActivityItProvidesOrFinancesAPartyChangesTheFiguresButNeverWhoPaysOrTheBasis() {
		assertThat(refusals(PARTY_A, change("'current': {'volume': 1, 'tariff': 5}}",
				"'current': {'volume': 2, 'tariff': 6, 'unitCost': 3}, 'future': {'volume': 1}, 'capacityRelease': 0.5}")))
				.isEmpty();
		assertThat(refusals(PARTY_A, change("'financier': 'b', 'basis': 'TOTAL'", "'financier': 'a', 'basis': 'TOTAL'")))
				.containsExactly(new Refusal("activities[0].financier", Reason.OTHER_PARTY));
		assertThat(refusals(PARTY_A, change("'financier': 'b', 'basis': 'TOTAL'", "'financier': 'b', 'basis': 'PER_SUCCESS'")))
				.containsExactly(new Refusal("activities[0].basis", Reason.OTHER_PARTY));
		assertThat(refusals(PARTY_A, change("{'id': 'own', 'provider': 'a',", "{'id': 'own', 'provider': 'a', 'financier': 'b',")))
				.containsExactly(new Refusal("activities[1].financier", Reason.OTHER_PARTY));
		assertThat(refusals(PARTY_A, change("{'id': 'own', 'provider': 'a',", "{'id': 'own', 'provider': 'b',")))
				.containsExactly(new Refusal("activities[1].provider", Reason.OTHER_PARTY));
		assertThat(refusals(PARTY_A, change("{'id': 'other', 'provider': 'b', 'current': {'volume': 1}}",
				"{'id': 'other', 'provider': 'b', 'current': {'volume': 9}}")))
				.containsExactly(new Refusal("activities[2].current", Reason.OTHER_PARTY));
	}

	@Test
	void aPartyAddsOnlyLinesItAloneBearsOrProvidesWithoutAFinancier() {
		assertThat(refusals(PARTY_A, change("'items': [", "'items': [{'id': 'new', 'party': 'a', 'amount': 4},")))
				.isEmpty();
		assertThat(refusals(PARTY_A, change("'activities': [", "'activities': [{'id': 'n', 'provider': 'a', 'current': {'volume': 1}},")))
				.isEmpty();
		assertThat(refusals(PARTY_A, change("'activities': [",
				"'activities': [{'id': 'billed', 'provider': 'a', 'financier': 'b', 'current': {'volume': 1, 'tariff': 9}},")))
				.containsExactly(new Refusal("activities[0]", Reason.LINE));
		assertThat(refusals(PARTY_A, change("'activities': [",
				"'activities': [{'id': 'together', 'provider': 'a', 'financier': [{'party': 'b', 'share': 1}], 'current': {'volume': 1}},")))
				.containsExactly(new Refusal("activities[0]", Reason.LINE));
		assertThat(refusals(PARTY_A, change("'items': [", "'items': [{'id': 'new', 'party': 'b', 'amount': 4},")))
				.containsExactly(new Refusal("items[0]", Reason.LINE));
		assertThat(refusals(PARTY_A, change("'items': [", "'items': [{'id': 'new', 'party': 'a', 'allocation': 'k', 'amount': 4},")))
				.containsExactly(new Refusal("items[0]", Reason.LINE));
		assertThat(refusals(PARTY_A, change("'items': [", "'items': [{'id': 'new', 'party': 'a', 'amount': -4, 'requires': ['b']},")))
				.containsExactly(new Refusal("items[0]", Reason.LINE));
		assertThat(refusals(PARTY_A, change("{'id': 'mine', 'party': 'a', 'amount': 1},", ""))).isEmpty();
		assertThat(refusals(PARTY_A, change(",\n           {'id': 'theirs', 'party': 'b', 'amount': 1}", "")))
				.containsExactly(new Refusal("items[2]", Reason.LINE));
	}

	@Test
	void ofItsOwnItemsAPartyChangesTheFiguresButDoesNotMoveThemToOthers() {
		assertThat(refusals(PARTY_A, change("{'id': 'mine', 'party': 'a', 'amount': 1}",
				"{'id': 'mine', 'party': 'a', 'amount': 7, 'name': 'Brillen'}"))).isEmpty();
		assertThat(refusals(PARTY_A, change("{'id': 'mine', 'party': 'a', 'amount': 1}",
				"{'id': 'mine', 'party': 'b', 'amount': 1}")))
				.containsExactly(new Refusal("items[0].party", Reason.OTHER_PARTY));
		assertThat(refusals(PARTY_A, change("{'id': 'mine', 'party': 'a', 'amount': 1}",
				"{'id': 'mine', 'party': 'a', 'amount': 1, 'allocation': 'k'}")))
				.containsExactly(new Refusal("items[0].allocation", Reason.OTHER_PARTY));
		assertThat(refusals(PARTY_A, change("{'id': 'shared', 'party': 'a', 'allocation': 'k', 'amount': 1}",
				"{'id': 'shared', 'party': 'a', 'allocation': 'k', 'amount': 2}")))
				.containsExactly(new Refusal("items[1].amount", Reason.OTHER_PARTY));
	}

	@Test
	void keysTheSettlementTargetGroupsAndGeneralFiguresAreForTheTable() {
		assertThat(refusals(PARTY_A, change("'method': 'SHAPLEY'", "'method': 'BREAK_EVEN'")))
				.containsExactly(new Refusal("settlement", Reason.SHARED));
		assertThat(refusals(PARTY_A, change("'method': 'EQUAL'", "'method': 'BY_BENEFIT'")))
				.containsExactly(new Refusal("allocationKeys", Reason.SHARED));
		assertThat(refusals(PARTY_A, change("'population': 10", "'population': 11")))
				.containsExactly(new Refusal("targetGroups", Reason.SHARED));
		assertThat(refusals(PARTY_A, change("'startYear': 2026", "'startYear': 2027, 'arrangements': []")))
				.containsExactly(new Refusal("startYear", Reason.SHARED), new Refusal("arrangements", Reason.SHARED));
		assertThat(refusals(EDITOR, change("'method': 'SHAPLEY'", "'method': 'BREAK_EVEN'"))).isEmpty();
	}

	@Test
	void aTextThatTurnsTheReadingDirectionIsRefusedWhoeverWritesIt() {
		String reversed = change("'name': 'A', 'type'", "'name': 'A \u202eNoord', 'type'");

		assertThat(refusals(PARTY_A, reversed)).containsExactly(new Refusal("parties[0].name", Reason.DIRECTION_CONTROL));
		assertThat(refusals(OWNER, reversed)).containsExactly(new Refusal("parties[0].name", Reason.DIRECTION_CONTROL));
		assertThat(refusals(OWNER, change("'Te veel uren'", "'Te veel \u2067uren'")))
				.extracting(Refusal::reason).contains(Reason.DIRECTION_CONTROL);
		// a text stored before the rule does not block a change elsewhere
		ObjectNode stored = json(reversed);
		ObjectNode elsewhere = json(reversed.replace("'population': 10", "'population': 11"));
		WriteRules.check(OWNER, stored, elsewhere, NOW);
		assertThat(elsewhere.at("/targetGroups/0/population").asInt()).isEqualTo(11);
		assertThatThrownBy(() -> WriteRules.checkNewTexts(json(reversed))).isInstanceOf(WriteRefusedException.class);
	}

	@Test
	void aPartyIsNotRenamedToTheNameOfAnother() {
		assertThat(refusals(PARTY_A, change("'name': 'A', 'type'", "'name': ' b ', 'type'")))
				.containsExactly(new Refusal("parties[0].name", Reason.DUPLICATE_PARTY_NAME));
		assertThat(refusals(PARTY_A, change("'name': 'A', 'type'", "'name': 'A2', 'type'"))).isEmpty();
	}

	@Test
	void aLineIsMatchedByIdSoThatOrderDoesNotMatter() {
		String reordered = change("{'id': 'mine', 'party': 'a', 'amount': 1},\n           {'id': 'shared', 'party': 'a', 'allocation': 'k', 'amount': 1},",
				"{'id': 'shared', 'party': 'a', 'allocation': 'k', 'amount': 1},\n           {'id': 'mine', 'party': 'a', 'amount': 1},");
		assertThat(refusals(PARTY_A, reordered)).isEmpty();
	}

	@Test
	void theServerSignsEveryNewAnswerWithTheWriterAndTheTime() {
		ObjectNode after = json(change("'conversation': {", "'conversation': {'knelpunt.omvang': [{'party': 'a', 'text': 'Groot', 'by': 'bea', 'at': '1999-01-01T00:00:00Z'}], "));

		WriteRules.check(PARTY_A, json(CASE), after, NOW);

		JsonNode answer = after.at("/conversation/knelpunt.omvang/0");
		assertThat(answer.get("by").asString()).isEqualTo("ann");
		assertThat(answer.get("at").asString()).isEqualTo(NOW.toString());
		assertThat(after.at("/conversation/knelpunt.wat/0/by").asString()).isEqualTo("bea");
	}

	@Test
	void anAnswerIsChangedOrRemovedOnlyByItsAuthorOrAnOwner() {
		String changed = change("'text': 'Te veel uren'", "'text': 'Niets aan de hand'");
		String removed = change("[{'party': 'b', 'text': 'Te veel uren', 'by': 'bea', 'at': '2026-01-01T00:00:00Z'}]", "[]");

		assertThat(refusals(EDITOR, changed)).containsExactly(new Refusal("conversation.knelpunt.wat", Reason.NOT_YOUR_ANSWER));
		assertThat(refusals(EDITOR, removed)).containsExactly(new Refusal("conversation.knelpunt.wat", Reason.NOT_YOUR_ANSWER));
		assertThat(refusals(new Writer("bea", EDITOR.membership()), removed)).isEmpty();
		assertThat(refusals(OWNER, changed)).isEmpty();
	}

	@Test
	void aPartyBoundEditorAnswersOnlyForItsParty() {
		String forB = change("'conversation': {", "'conversation': {'knelpunt.omvang': [{'party': 'b', 'text': 'Groot'}], ");
		String forA = change("'conversation': {", "'conversation': {'knelpunt.omvang': [{'party': 'a', 'text': 'Groot'}], ");

		assertThat(refusals(PARTY_A, forB))
				.containsExactly(new Refusal("conversation.knelpunt.omvang[0].party", Reason.ANSWER_FOR_OTHER_PARTY));
		assertThat(refusals(PARTY_A, forA)).isEmpty();
		assertThat(refusals(EDITOR, forB)).isEmpty();
	}

	@Test
	void anAnswerNeedsAKnownQuestionAKnownPartyAndAText() {
		assertThat(refusals(EDITOR, change("'conversation': {", "'conversation': {'gokje': [{'party': 'a', 'text': 'x'}], ")))
				.containsExactly(new Refusal("conversation.gokje", Reason.UNKNOWN_QUESTION));
		assertThat(refusals(EDITOR, change("'conversation': {", "'conversation': {'knelpunt.omvang': [{'party': 'z', 'text': 'x'}], ")))
				.containsExactly(new Refusal("conversation.knelpunt.omvang[0].party", Reason.UNKNOWN_PARTY));
		assertThat(refusals(EDITOR, change("'conversation': {", "'conversation': {'knelpunt.omvang': [{'party': 'a', 'text': ' '}], ")))
				.containsExactly(new Refusal("conversation.knelpunt.omvang[0]", Reason.EMPTY_ANSWER));
	}

	@Test
	void everyRefusedChangeIsReportedAtOnce() {
		assertThatThrownBy(() -> WriteRules.check(PARTY_A, json(CASE),
				json(change("'method': 'SHAPLEY'", "'method': 'NONE'").replace("'name': 'B'", "'name': 'B2'")), NOW))
				.isInstanceOfSatisfying(WriteRefusedException.class, e -> assertThat(e.refusals()).hasSize(2));
	}

	@Test
	void aPartyWhoseAnswersStayInTheConversationCannotLoseItsCode() {
		String renamed = CASE.replace("{'id': 'b', 'name': 'B'", "{'id': 'bb', 'name': 'B'")
				.replace("'financier': 'b'", "'financier': 'bb'").replace("'provider': 'b'", "'provider': 'bb'")
				.replace("'party': 'b', 'amount'", "'party': 'bb', 'amount'");

		assertThat(refusals(OWNER, renamed)).extracting(Refusal::path, Refusal::reason)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("conversation.knelpunt.wat[0].party",
						WriteRules.Reason.ANSWERS_OF_GONE_PARTY));
		assertThat(refusals(OWNER, renamed.replace("{'party': 'b', 'text'", "{'party': 'bb', 'text'"))).isEmpty();
	}
}
