package nl.ontschot.app.cases;

import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * A field or line someone else changed since the person read it: nothing was written. Carries the value
 * stored now (empty when the field or line is gone), so that the page can show both values and let the
 * person choose.
 */
public class ChangedMeanwhileException extends RuntimeException {

	private final transient Optional<JsonNode> current;

	public ChangedMeanwhileException(Optional<JsonNode> current) {
		super("Changed meanwhile");
		this.current = current;
	}

	Optional<JsonNode> current() {
		return current;
	}
}
