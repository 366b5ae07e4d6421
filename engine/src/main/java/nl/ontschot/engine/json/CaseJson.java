package nl.ontschot.engine.json;

import java.util.ArrayList;
import java.util.List;

import nl.ontschot.engine.InvalidCaseException;
import nl.ontschot.engine.Notice;
import nl.ontschot.engine.calculation.PreparedCase;
import nl.ontschot.engine.model.Case;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The engine's JSON edge for cases: a case document (calculation.md section 2) in, a valid case out. */
public final class CaseJson {

	static final JsonMapper MAPPER = JsonMapper.builder()
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.build();

	private CaseJson() {
	}

	/**
	 * Parses JSON text into a tree, or throws with one problem at the line and column where the text stops
	 * being JSON.
	 */
	public static JsonNode parse(String json) {
		try {
			JsonNode tree = MAPPER.readTree(json);
			if (tree == null || tree.isMissingNode()) {
				throw new InvalidCaseException(List.of(Notice.of("", "error.emptyDocument")));
			}
			return tree;
		} catch (StreamConstraintsException e) {
			// nesting, length or number size past what a case can need: say so plainly, not in Jackson's words
			throw new InvalidCaseException(List.of(Notice.of("", "error.tooDeep")));
		} catch (JacksonException e) {
			TokenStreamLocation at = e.getLocation();
			String where = at == null || at == TokenStreamLocation.NA ? ""
					: "line " + at.getLineNr() + ", column " + at.getColumnNr();
			throw new InvalidCaseException(List.of(Notice.of(where, "error.invalidJson", reason(e))));
		}
	}

	/** Reads a case from JSON text; throws with every problem found when it is not a valid case. */
	public static Case read(String json) {
		return read(parse(json));
	}

	/** Reads a case from a parsed JSON tree; throws with every problem found when it is not a valid case. */
	public static Case read(JsonNode tree) {
		CaseReader reader = new CaseReader();
		Case c = reader.read(tree).orElseThrow(() -> {
			List<Notice> all = new ArrayList<>(reader.problems().all());
			all.addAll(reader.evaluationProblems());
			return new InvalidCaseException(all);
		});
		// formulas are evaluated in every year, so their ranges are only known once the case is prepared
		PreparedCase.of(c);
		return c;
	}

	private static String reason(JacksonException e) {
		String message = e.getOriginalMessage();
		int detail = message.indexOf('\n');
		message = detail < 0 ? message : message.substring(0, detail);
		// the parser's own advice and its idea of the source name its settings, not the reader's JSON
		int advice = message.indexOf(": enable ");
		message = advice < 0 ? message : message.substring(0, advice);
		return message.replaceAll("\\s*\\(start marker at \\[Source:.*", "").strip();
	}
}
