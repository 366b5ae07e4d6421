package nl.ontschot.app.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.ontschot.app.cases.FieldView.Option;
import nl.ontschot.app.web.StatusException;
import tools.jackson.databind.JsonNode;

/** Builds the field views of a case document, with labels and choices in the reader's language. */
@Component
class FieldViews {

	private final MessageSource messages;

	FieldViews(MessageSource messages) {
		this.messages = messages;
	}

	FieldView field(JsonNode document, String path, Locale locale) {
		return field(document, path, locale, Optional.empty(), "", false);
	}

	/**
	 * @param typed what the person typed, shown again when it was not saved
	 * @param error the sentence beside the field, or empty
	 */
	FieldView field(JsonNode document, String path, Locale locale, Optional<List<String>> typed, String error,
			boolean saved) {
		FieldSpec spec = FieldSpec.of(path).orElseThrow(() -> new StatusException(400, "page.badPath"));
		Optional<JsonNode> stored = DocumentPath.parse(path).get(document);
		List<Option> options = options(document, path, spec, locale);
		// a list that is not given means all of its choices (every category counts, a key covers every party)
		List<String> selected = typed.orElseGet(() -> stored.filter(JsonNode::isArray)
				.map(list -> list.valueStream().map(JsonNode::asString).toList())
				.orElse(options.stream().map(Option::value).toList()));
		String value = typed.map(t -> spec.kind() == FieldKind.BOOL ? String.valueOf(t.contains("true"))
				: t.isEmpty() ? "" : t.get(0)).orElseGet(() -> stored.isEmpty() && spec.kind() == FieldKind.CHOICE
						? spec.placeholder() : spec.kind().format(stored, locale));
		String label = text(spec.label(), locale, partyName(document, path));
		return new FieldView(path.replaceAll("[^A-Za-z0-9]+", "-"), path, spec.kind(), label,
				value, selected, stored.map(JsonNode::toString).orElse(""), options,
				spec.suffix().isEmpty() ? "" : text(spec.suffix(), locale), spec.placeholder(), error, saved);
	}

	/**
	 * A field someone else changed while the person typed: their value as stored now (shown beside it) and
	 * the person's own value in the field, ready to be saved over theirs.
	 */
	FieldView conflict(JsonNode document, String path, Locale locale, List<String> typed) {
		FieldView stored = field(document, path, locale);
		String theirs = stored.isChoices() ? String.join(", ", stored.options().stream()
				.filter(o -> stored.selected().contains(o.value())).map(Option::label).toList())
				: stored.isChoice() ? stored.options().stream().filter(o -> o.value().equals(stored.value()))
						.map(Option::label).findFirst().orElse(stored.value()) : stored.value();
		FieldView mine = field(document, path, locale, Optional.of(typed), text("page.conflict", locale,
				theirs.isEmpty() ? text("page.conflictEmpty", locale) : theirs), false);
		return mine.withConflict();
	}

	private List<Option> options(JsonNode document, String path, FieldSpec spec, Locale locale) {
		List<Option> options = new ArrayList<>();
		if (path.endsWith(".provider") || path.endsWith(".financier") || path.endsWith(".party")) {
			if (!path.endsWith(".provider")) {
				options.add(new Option("", text("field.none", locale)));
			}
			document.path("parties").valueStream()
					.forEach(p -> options.add(new Option(p.path("id").asString(), p.path("name").asString())));
		} else if (path.endsWith(".group")) {
			options.add(new Option("", text("field.none", locale)));
			document.path("targetGroups").valueStream().forEach(g -> options.add(new Option(g.path("id").asString(),
					g.path("name").asString(g.path("id").asString()))));
		} else if (path.startsWith("allocationKeys[") && path.endsWith(".parties")) {
			document.path("parties").valueStream()
					.forEach(p -> options.add(new Option(p.path("id").asString(), p.path("name").asString())));
		} else if (path.endsWith(".allocation")) {
			options.add(new Option("", text("field.notShared", locale)));
			document.path("allocationKeys").valueStream().forEach(k -> options.add(new Option(k.path("id").asString(),
					k.path("name").asString(k.path("id").asString()))));
		} else {
			if (path.endsWith(".domain")) {
				options.add(new Option("", text("field.none", locale)));
			}
			spec.options().forEach(o -> options.add(new Option(o, text("choice." + o, locale))));
		}
		return options;
	}

	/** For a weight, the name of the party it is for. */
	private static String partyName(JsonNode document, String path) {
		String id = path.substring(path.lastIndexOf('.') + 1);
		return document.path("parties").valueStream().filter(p -> p.path("id").asString().equals(id))
				.map(p -> p.path("name").asString()).findFirst().orElse(id);
	}

	String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
