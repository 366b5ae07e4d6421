package nl.ontschot.app.web.internal;

import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.ontschot.engine.json.CaseJsonSchema;
import tools.jackson.databind.node.ObjectNode;

/** The JSON Schema of a case document at a stable address, without login, so that editors can check a file. */
@RestController
class CaseSchemaController {

	static final MediaType SCHEMA_JSON = MediaType.parseMediaType("application/schema+json");

	private final ObjectNode schema;

	CaseSchemaController(MessageSource messages) {
		this.schema = CaseJsonSchema.document(englishLabels(messages));
	}

	/** The English text of a label of the schema table; a label with a placeholder says nothing alone. */
	static java.util.function.Function<String, Optional<String>> englishLabels(MessageSource messages) {
		return key -> Optional.ofNullable(messages.getMessage(key, null, null, Locale.ENGLISH))
				.filter(text -> !text.contains("{"));
	}

	@GetMapping("/schema/case.json")
	ResponseEntity<ObjectNode> caseSchema() {
		return ResponseEntity.ok().contentType(SCHEMA_JSON).cacheControl(CacheControl.noCache()).body(schema);
	}
}
