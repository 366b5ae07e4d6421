package nl.ontschot.app.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.ontschot.app.instrument.internal.FieldKind;

/** A number is read in the notation of the page's language, and what could be read two ways is asked again. */
class FieldKindTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"nl | 1.250     | 1250",
			"nl | 1.250,5   | 1250.5",
			"nl | 0,125     | 0.125",
			"nl | 0.125     | 0.125",
			"nl | 0.300     | 0.3",
			"nl | 6.947,5   | 6947.5",
			"nl | 1.25      | 1.25",
			"nl | -2.400    | -2400",
			"nl | € 12.000  | 12000",
			"en | 2,400     | 2400",
			"en | 6,947.5   | 6947.5",
			"en | 1,234.5   | 1234.5",
			"en | 12,000.00 | 12000",
			"en | 1,000,000 | 1000000",
			"en | 0.125     | 0.125",
			"en | 0,125     | 0.125",
			"en | 2.4       | 2.4" })
	void aNumberIsReadInThePagesNotation(String language, String typed, double stored) {
		assertThat(FieldKind.NUMBER.parse(List.of(typed), Locale.forLanguageTag(language)).orElseThrow().asDouble())
				.isEqualTo(stored);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "nl | 1,250.5", "en | 1.234,5", "nl | 1.2.3,4,5", "en | veel" })
	void aNumberThatReadsTwoWaysIsRefused(String language, String typed) {
		assertThatThrownBy(() -> FieldKind.NUMBER.parse(List.of(typed), Locale.forLanguageTag(language)))
				.isInstanceOf(FieldKind.FieldInputException.class);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "nl | 55 | 0.55", "nl | 12,5 | 0.125", "en | 12.5 | 0.125" })
	void aPercentageIsTypedAsAPercentage(String language, String typed, double stored) {
		assertThat(FieldKind.PERCENT.parse(List.of(typed), Locale.forLanguageTag(language)).orElseThrow().asDouble())
				.isEqualTo(stored);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "nl | =min(a; 0,5) | =min(a, 0.5)", "en | =min(a, 0.5) | =min(a, 0.5)" })
	void aFormulaIsStoredWithDecimalPoints(String language, String typed, String stored) {
		assertThat(FieldKind.NUMBER.parse(List.of(typed), Locale.forLanguageTag(language)).orElseThrow().asString())
				.isEqualTo(stored);
	}

	@org.junit.jupiter.api.Test
	void aNumberLongerThanAnyCaseHoldsIsRefusedBeforeItIsRead() {
		assertThatThrownBy(() -> FieldKind.NUMBER.parse(List.of("9".repeat(1_000_000)), Locale.forLanguageTag("nl")))
				.isInstanceOf(FieldKind.FieldInputException.class);
	}
}
