package nl.ontschot.engine.formula;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.ontschot.engine.Notice;

/** Every formula error reads as a sentence in both languages. */
class MessagesTest {

	private static final List<Notice> NOTICES = List.of(
			Notice.of("p", "error.formula.unexpected", ")", 9),
			Notice.of("p", "error.formula.end", 5),
			Notice.of("p", "error.formula.arguments", "round", "1 or 2"),
			Notice.of("p", "error.formula.functionName", "min"),
			Notice.of("p", "error.formula.tooDeep"),
			Notice.of("p", "error.formula.unknownName", "x"),
			Notice.of("p", "error.formula.divisionByZero"),
			Notice.of("p", "error.formula.negativePower", -8.0, 1.0 / 3),
			Notice.of("p", "error.formula.roundDigits", 0.5),
			Notice.of("p", "error.formula.notFinite"),
			Notice.of("p", "error.formula.circular", "a -> b -> a"),
			Notice.of("p", "error.formula.tooLong", 1000));

	@Test
	void english() {
		assertThat(NOTICES.get(0).message(Locale.ENGLISH)).isEqualTo("unexpected ')' at column 9");
		assertThat(NOTICES.get(1).message(Locale.ENGLISH)).isEqualTo("unexpected end of the formula at column 5");
		assertThat(NOTICES.get(2).message(Locale.ENGLISH)).isEqualTo("round(...) takes 1 or 2 arguments");
		assertThat(NOTICES.get(5).message(Locale.ENGLISH)).isEqualTo("unknown name 'x': not a key figure of the case");
		assertThat(NOTICES.get(7).message(Locale.ENGLISH)).endsWith(": -8 ^ 0.333");
		assertThat(NOTICES.get(10).message(Locale.ENGLISH)).isEqualTo("circular: a -> b -> a");
		assertThat(NOTICES.get(0).message(Locale.ROOT)).isEqualTo("unexpected ')' at column 9");
	}

	@Test
	void dutch() {
		Locale nl = Locale.forLanguageTag("nl");
		assertThat(NOTICES.get(0).message(nl)).isEqualTo("onverwacht ')' op positie 9");
		assertThat(NOTICES.get(5).message(nl)).isEqualTo("onbekende naam 'x': geen kengetal van de casus");
		assertThat(NOTICES.get(8).message(nl)).endsWith("niet 0,5");
		assertThat(NOTICES.get(10).message(nl)).isEqualTo("kringverwijzing: a -> b -> a");
		assertThat(NOTICES.get(11).message(nl)).isEqualTo("de formule is langer dan 1000 tekens; verdeel haar over "
				+ "meer kengetallen");
	}

	@Test
	void everyKeyInEveryLanguage() {
		for (Locale locale : List.of(Locale.ROOT, Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
			for (Notice notice : NOTICES) {
				assertThat(notice.message(locale)).as(notice.key() + " " + locale).isNotBlank().doesNotContain("{");
			}
		}
	}
}
