package nl.ontschot.app.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.ontschot.app.instrument.internal.FieldKind;
import nl.ontschot.app.instrument.internal.FieldSpec;
import nl.ontschot.engine.schema.CaseSchema;
import nl.ontschot.engine.schema.SchemaField;

/** The pages take their fields from the engine's schema table: every label and choice reads in both languages. */
class FieldSpecTest {

	@ParameterizedTest
	@ValueSource(strings = { "nl", "en" })
	void everyFieldOfTheSchemaTableHasALabelAndEveryChoiceAName(String language) {
		Properties texts = bundle(language);
		List<String> missing = new ArrayList<>();
		for (SchemaField field : CaseSchema.fields()) {
			if (!texts.containsKey(field.label())) {
				missing.add(field.label());
			}
			field.choices().stream().map(c -> "choice." + c).filter(k -> !texts.containsKey(k)).forEach(missing::add);
		}
		assertThat(missing).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "activities[2].future.volume", "arrangements[0].sharingRate", "parameters[1].value",
			"allocationKeys[0].weights.zv.zuid", "arrangements[0].recipients[1].share" })
	void aNumberFieldOfTheTableIsANumberOnThePages(String path) {
		FieldSpec spec = FieldSpec.of(path).orElseThrow();
		assertThat(spec.kind()).isIn(FieldKind.NUMBER, FieldKind.PERCENT);
		assertThat(spec.formula()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "schemaVersion", "parties[0].id", "scenarios[0].set", "arrangements[0].condition",
			"activities[0].nonsense", "scenarios[0].set.discountRate" })
	void whatIsNotTypedInHasNoField(String path) {
		assertThat(FieldSpec.of(path)).isEmpty();
	}

	private static Properties bundle(String language) {
		Properties texts = new Properties();
		try (InputStream in = FieldSpecTest.class.getResourceAsStream("/messages_" + language + ".properties")) {
			texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return texts;
	}
}
