package nl.ontschot.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class AmountsTest {

	private static final Locale NL = Locale.forLanguageTag("nl-NL");

	@Test
	void dutchNotation() {
		assertThat(Amounts.euros(1_234_567, NL)).isEqualTo("€ 1.234.567");
		assertThat(Amounts.euros(-22_500, NL)).isEqualTo("€ -22.500");
		assertThat(Amounts.eurosAndCents(79_532_343, NL)).isEqualTo("€ 795.323,43");
		assertThat(Amounts.percent(0.125, NL)).isEqualTo("12,5 %");
		assertThat(Amounts.number(1234.56, 1, NL)).isEqualTo("1.234,6");
	}

	@Test
	void englishNotation() {
		assertThat(Amounts.euros(1_234_567, Locale.ENGLISH)).isEqualTo("€ 1,234,567");
	}
}
