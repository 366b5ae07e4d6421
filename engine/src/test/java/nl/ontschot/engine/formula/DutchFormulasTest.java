package nl.ontschot.engine.formula;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A decimal comma and ';' between arguments as a Dutch user types them, points and ',' as stored. */
class DutchFormulasTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"=deelnemers * 0,85 | =deelnemers * 0.85",
			"=min(a; 0,5) | =min(a, 0.5)",
			"=round(x;2) | =round(x,2)",
			"=if(a >= 1,5; 10; 20) | =if(a >= 1.5, 10, 20)",
			// already typed as stored: still works
			"=min(a, 0.5) | =min(a, 0.5)",
			"=4200 | =4200",
			"=a, b | =a, b",
			// points group thousands, as in the number fields
			"=1.000 * 0,15 | =1000 * 0.15",
			"=1.250.000 + 1.250,5 | =1250000 + 1250.5",
			"=a1.000 | =a1.000",
			"=0.85 * 12.5 | =0.85 * 12.5",
	})
	void typedToStored(String typed, String stored) {
		assertThat(DutchFormulas.toStored(typed)).isEqualTo(stored);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"=deelnemers * 0.85 | =deelnemers * 0,85",
			"=min(a, 0.5) | =min(a; 0,5)",
			"=max(1,2) | =max(1;2)",
			"=round(a1, 2) | =round(a1; 2)",
			"=4200 | =4200",
	})
	void storedToShown(String stored, String shown) {
		assertThat(DutchFormulas.toShown(stored)).isEqualTo(shown);
		assertThat(DutchFormulas.toStored(shown)).isEqualTo(stored);
	}
}
