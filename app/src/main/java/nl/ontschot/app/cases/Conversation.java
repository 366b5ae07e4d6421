package nl.ontschot.app.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Het goede gesprek: the questions of product.md, grouped as there, each with the parties' answers. The
 * answers live in the case document under {@code conversation}, keyed by question:
 * {@code {"knelpunt.wat": [{"party", "text", "by", "at"}]}}.
 */
public final class Conversation {

	private Conversation() {
	}

	/** The groups of questions in the order of the conversation; texts are in the message bundle. */
	static final Map<String, List<String>> QUESTIONS = questions();

	private static Map<String, List<String>> questions() {
		Map<String, List<String>> q = new LinkedHashMap<>();
		q.put("knelpunt", List.of("wat", "vastgesteld", "voorWie", "omvang"));
		q.put("innovatie", List.of("oplossing", "ontwikkeld", "doelgroep", "andereBaathebbers"));
		q.put("kortetermijn", List.of("doelgroep", "belanghebbenden"));
		q.put("langetermijn", List.of("doelgroep", "belanghebbenden"));
		q.put("tussenconclusie", List.of("lostOp", "risicos"));
		q.put("uitvoering", List.of("vorm", "termijn", "locaties", "wie", "randvoorwaarden"));
		q.put("kosten", List.of("posten", "watTelt", "financieleVoorwaarden"));
		return q;
	}

	static boolean isQuestion(String id) {
		int dot = id.indexOf('.');
		return dot > 0 && QUESTIONS.getOrDefault(id.substring(0, dot), List.of()).contains(id.substring(dot + 1));
	}

	/** The answers to a question in a case document, made when there are none yet. */
	static ArrayNode answers(ObjectNode document, String question) {
		ObjectNode conversation = document.get("conversation") instanceof ObjectNode o ? o
				: document.putObject("conversation");
		return conversation.get(question) instanceof ArrayNode a ? a : conversation.putArray(question);
	}

	/** One answer as a page shows it. */
	record Answer(int index, String party, String text, String by, String at) {
	}

	record Question(String id, List<Answer> answers) {
	}

	record Group(String id, List<Question> questions) {
	}

	public static List<Group> read(JsonNode document, Map<String, String> partyNames) {
		JsonNode conversation = document.path("conversation");
		List<Group> groups = new ArrayList<>();
		QUESTIONS.forEach((group, questions) -> groups.add(new Group(group, questions.stream().map(q -> {
			String id = group + "." + q;
			JsonNode given = conversation.path(id);
			List<Answer> answers = java.util.stream.IntStream.range(0, given.size()).mapToObj(i -> {
				JsonNode a = given.get(i);
				return new Answer(i, partyNames.getOrDefault(a.path("party").asString(), a.path("party").asString()),
						a.path("text").asString(), a.path("by").asString(), a.path("at").asString());
			}).toList();
			return new Question(id, answers);
		}).toList())));
		return groups;
	}
}
