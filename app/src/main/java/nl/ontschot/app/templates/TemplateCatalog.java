package nl.ontschot.app.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.ontschot.engine.json.CaseJson;
import nl.ontschot.engine.model.Case;

/**
 * The templates the product ships (resources under {@code casetemplates/}): situations from practice as
 * starting points, each a valid case document.
 */
@Component
public class TemplateCatalog {

	static final List<String> IDS = List.of("druppelbril", "valpreventie", "wijkaanpak", "samen-indiceren", "ontschotte-pot");

	/** A template: its id, name and description (from the document) and the document itself. */
	public record Template(String id, String name, String description, String document) {
	}

	private final List<Template> templates;

	TemplateCatalog() {
		this.templates = IDS.stream().map(TemplateCatalog::load).toList();
	}

	private static Template load(String id) {
		String resource = "/casetemplates/" + id + ".json";
		try (InputStream in = TemplateCatalog.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Template missing from the application: " + resource);
			}
			String document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			Case c = CaseJson.read(document);
			return new Template(id, c.name(), c.description(), document);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public List<Template> all() {
		return templates;
	}

	public Optional<Template> find(String id) {
		return templates.stream().filter(t -> t.id().equals(id)).findFirst();
	}
}
