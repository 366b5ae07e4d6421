package nl.ontschot.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

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

	@Test
	void roundedPartsAddUpToTheRoundedTotal() {
		// 0.4 + 0.4 + 0.4 = 1.2: plain rounding would show 0 + 0 + 0 beside a total of 1
		assertThat(Amounts.roundAddingUp(new double[] { 0.4, 0.4, 0.4 })).containsExactly(1, 0, 0);
		assertThat(Amounts.roundAddingUp(new double[] { -180675.6, -361351.2, -361351.2 }))
				.containsExactly(-180676, -361351, -361351);
	}

	@Property
	void roundingAddsUpAndStaysWithinOneOfEachValue(
			@ForAll @Size(min = 1, max = 20) List<@DoubleRange(min = -1e9, max = 1e9) Double> list) {
		double[] values = list.stream().mapToDouble(Double::doubleValue).toArray();
		long[] rounded = Amounts.roundAddingUp(values);

		assertThat(Arrays.stream(rounded).sum()).isEqualTo(Math.round(Arrays.stream(values).sum()));
		for (int i = 0; i < values.length; i++) {
			assertThat(Math.abs(rounded[i] - values[i])).isLessThan(1);
		}
	}
}
