package nl.ontschot.engine.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The formulas of calculation.md 6.1 and 6.10, example by example. */
class FormulaTest {

	/** The values the names of these tests have in every year. */
	private static final Map<String, Double> VALUES = Map.of("a", 3.0, "b", 4.0, "ab", 10.0, "deelnemers", 200.0);

	static double eval(String text) {
		return eval(text, 0, 2025);
	}

	static double eval(String text, int t, int year) {
		List<String> slots = new ArrayList<>(VALUES.keySet());
		double[] values = slots.stream().mapToDouble(VALUES::get).toArray();
		return Formula.parse(text).compile(slots::indexOf).evaluate(values, t, year);
	}

	static FormulaException error(String text) {
		return catchThrowableOfType(() -> eval(text), FormulaException.class);
	}

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', value = {
			"=4200 | 4200",
			"=78.5 | 78.5",
			"=0.85 * deelnemers | 170",
			"=1 + 2 * 3 | 7",
			"=(1 + 2) * 3 | 9",
			"=10 - 4 - 3 | 3",
			"=12 / 4 / 3 | 1",
			// "unary minus binds tighter than ^ and ^ is left-associative: -2^2 = 4, 2^3^2 = 64"
			"=-2^2 | 4",
			"=2^3^2 | 64",
			"=2^-1 | 0.5",
			"=-(2^2) | -4",
			"=--3 | 3",
			"=a - -b | 7",
			"=(-8)^(1/1) | -8",
			"=(-2)^3 | -8",
			"=min(a, b) | 3",
			"=max(a, b, 1) | 4",
			"=min(7) | 7",
			// "half away from zero, applied to the shortest decimal form of x"
			"=round(2.675, 2) | 2.68",
			"=round(1234.5, -2) | 1200",
			"=round(1250, -2) | 1300",
			"=round(-2.5) | -3",
			"=round(2.5) | 3",
			"=round(-0.4) | 0",
			"=round(1.005, 2) | 1.01",
			"=round(0.1 + 0.2, 20) | 0.30000000000000004",
			"=round(123456789, -400) | 0",
			// "a comparison is 1 when it holds, else 0; it binds loosest"
			"=a < b | 1",
			"=a > b | 0",
			"=a <= 3 | 1",
			"=a >= 3.5 | 0",
			"=a == 3 | 1",
			"=a != 3 | 0",
			"=1 + 2 == 3 | 1",
			"=(a < b) + (a < b) | 2",
			// "at most one per expression level": a comparison in parentheses is a level of its own
			"=(a < b) < 2 | 1",
			"=max(a > b, 0.5) | 0.5",
			// "In if(c, a, b) any nonzero c counts as true"
			"=if(a < b, 10, 20) | 10",
			"=if(a > b, 10, 20) | 20",
			"=if(-0.5, 1, 2) | 1",
			"=if(0, 1, 2) | 2",
			"=  1 +\t2 | 3",
			"=-0 | 0",
	})
	void evaluates(String text, double expected) {
		assertThat(eval(text)).isEqualTo(expected);
	}

	@Test
	void negativeZeroIsPlainZero() {
		assertThat(Double.doubleToRawLongBits(eval("=-0"))).isEqualTo(Double.doubleToRawLongBits(0.0));
		assertThat(Double.doubleToRawLongBits(eval("=0 * -1"))).isEqualTo(Double.doubleToRawLongBits(0.0));
	}

	@Test
	void onlyTheBranchTakenIsEvaluated() {
		assertThat(eval("=if(1, 5, 1/0)")).isEqualTo(5);
		assertThat(eval("=if(a < b, 5, 1/0)")).isEqualTo(5);
		assertThat(eval("=if(a > b, 1/0, 6)")).isEqualTo(6);
		assertThat(eval("=if(a > b, (-1)^0.5, 6)")).isEqualTo(6);
		assertThat(error("=if(a < b, 1/0, 6)").key()).isEqualTo("error.formula.divisionByZero");
	}

	@Test
	void tAndYearAreTheYearIndexAndTheYear() {
		assertThat(eval("=t", 3, 2028)).isEqualTo(3);
		assertThat(eval("=year", 3, 2028)).isEqualTo(2028);
		assertThat(eval("=a * (1 + 0.02)^t", 2, 2027)).isEqualTo(3 * Math.pow(1.02, 2));
		assertThat(eval("=if(year >= 2027, 1, 0)", 1, 2026)).isEqualTo(0);
		assertThat(eval("=if(year >= 2027, 1, 0)", 2, 2027)).isEqualTo(1);
	}

	@Test
	void namesInOrderOfFirstAppearanceWithoutTAndYear() {
		Formula formula = Formula.parse("=b * t + a + max(b, year, c) - a");
		assertThat(formula.names()).containsExactly("b", "a", "c");
		assertThat(formula.constant()).isFalse();
		assertThat(formula.text()).isEqualTo("=b * t + a + max(b, year, c) - a");
	}

	@Test
	void constantMeansTheSameEveryYear() {
		assertThat(Formula.parse("=round(2.675, 2) * 3").constant()).isTrue();
		assertThat(Formula.parse("=1 + t").constant()).isFalse();
		assertThat(Formula.parse("=year").constant()).isFalse();
		assertThat(Formula.parse("=a").constant()).isFalse();
		assertThat(Formula.parse("=t").names()).isEmpty();
	}

	@Test
	void isFormulaWhenItStartsWithIs() {
		assertThat(Formula.isFormula("=1")).isTrue();
		assertThat(Formula.isFormula("=")).isTrue();
		assertThat(Formula.isFormula(" =1")).isFalse();
		assertThat(Formula.isFormula("1")).isFalse();
		assertThat(Formula.isFormula(null)).isFalse();
		assertThatThrownBy(() -> Formula.parse("1")).isInstanceOf(IllegalArgumentException.class);
	}

	@ParameterizedTest(name = "{0}: unexpected ''{1}'' at column {2}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = {
			"=(a + 2)) | ) | 9",
			// "1e5 is not a number: it lexes as 1 followed by the name e5"
			"=1e5 | e5 | 3",
			// "a < b < c is a syntax error at the second operator"
			"=a < b < c | < | 8",
			"=a == b != c | != | 9",
			"=a(1) | ( | 3",
			"=t(1) | ( | 3",
			"=a b | b | 4",
			"=* 2 | * | 2",
			"=+2 | + | 2",
			"=.5 | . | 2",
			"=4. | . | 3",
			"=1,5 | , | 3",
			"=a = b | = | 4",
			"=a ! b | ! | 4",
			"=a € b | € | 4",
			"=min(a,, b) | , | 8",
			"=() | ) | 3",
			"=2 ^ ^ 3 | ^ | 6",
	})
	void syntaxErrorsTellTheTokenAndItsColumn(String text, String token, int column) {
		FormulaException e = catchThrowableOfType(() -> Formula.parse(text), FormulaException.class);
		assertThat(e.key()).isEqualTo("error.formula.unexpected");
		assertThat(e.args()).containsExactly(token, column);
	}

	@Test
	void anUnexpectedEndTellsTheColumnAfterTheText() {
		// "unexpected end of the formula at column N" with N = length + 1
		for (String text : List.of("=a +", "=   ", "=(a", "=min(a,", "=-  ", "=if(a <", "=round(2")) {
			FormulaException e = catchThrowableOfType(() -> Formula.parse(text), FormulaException.class);
			assertThat(e.key()).as(text).isEqualTo("error.formula.end");
			assertThat(e.args()).as(text).containsExactly(text.length() + 1);
		}
		assertThat(catchThrowableOfType(() -> Formula.parse("=a +"), FormulaException.class).args())
				.containsExactly(5);
	}

	@Test
	void anEmptyFormulaIsAnUnexpectedEnd() {
		FormulaException e = catchThrowableOfType(() -> Formula.parse("="), FormulaException.class);
		assertThat(e.key()).isEqualTo("error.formula.end");
		assertThat(e.args()).containsExactly(2);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"=min() | min | at least 1",
			"=max() | max | at least 1",
			"=round() | round | 1 or 2",
			"=round(1, 2, 3) | round | 1 or 2",
			"=if(1, 2) | if | exactly 3",
			"=if(1, 2, 3, 4) | if | exactly 3",
	})
	void argumentCountsTellWhatTheFunctionTakes(String text, String function, String allowed) {
		FormulaException e = catchThrowableOfType(() -> Formula.parse(text), FormulaException.class);
		assertThat(e.key()).isEqualTo("error.formula.arguments");
		assertThat(e.args()).containsExactly(function, allowed);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "=min + 1 | min", "=2 * max | max", "=round | round", "=if | if" })
	void aFunctionNameWithoutParenthesisIsAnError(String text, String name) {
		FormulaException e = catchThrowableOfType(() -> Formula.parse(text), FormulaException.class);
		assertThat(e.key()).isEqualTo("error.formula.functionName");
		assertThat(e.args()).containsExactly(name);
	}

	@Test
	void functionNamesAreCaseSensitiveSoMINIsAName() {
		FormulaException e = catchThrowableOfType(() -> Formula.parse("=MIN(1, 2)"), FormulaException.class);
		assertThat(e.args()).containsExactly("(", 5);
	}

	@Test
	void anUnknownNameIsReportedOnCompile() {
		Formula formula = Formula.parse("=a + x + y");
		assertThat(formula.names()).containsExactly("a", "x", "y");
		FormulaException e = catchThrowableOfType(() -> formula.compile(name -> name.equals("a") ? 0 : -1),
				FormulaException.class);
		assertThat(e.key()).isEqualTo("error.formula.unknownName");
		assertThat(e.args()).containsExactly("x");
	}

	@Test
	void compileAsksOnlyForNamesNotForTAndYear() {
		List<String> asked = new ArrayList<>();
		Formula.parse("=a * t + year + a").compile(name -> {
			asked.add(name);
			return 0;
		});
		assertThat(asked).containsOnly("a");
	}

	@Test
	void divisionByZero() {
		assertThat(error("=1 / 0").key()).isEqualTo("error.formula.divisionByZero");
		assertThat(error("=a / (b - 4)").key()).isEqualTo("error.formula.divisionByZero");
		assertThat(error("=0 / 0").key()).isEqualTo("error.formula.divisionByZero");
	}

	@Test
	void aPowerOfANegativeNumberNeedsAWholeExponent() {
		FormulaException e = error("=(0 - a)^0.5");
		assertThat(e.key()).isEqualTo("error.formula.negativePower");
		assertThat(e.args()).containsExactly(-3.0, 0.5);
		assertThat(error("=(-8)^(1/3)").args()).containsExactly(-8.0, 1.0 / 3);
	}

	@Test
	void roundDigitsMustBeWhole() {
		FormulaException e = error("=round(2.5, 0.5)");
		assertThat(e.key()).isEqualTo("error.formula.roundDigits");
		assertThat(e.args()).containsExactly(0.5);
		assertThat(error("=round(a, a / 2)").args()).containsExactly(1.5);
	}

	@Test
	void onlyTheFinalResultMustBeFinite() {
		assertThat(error("=10^400").key()).isEqualTo("error.formula.notFinite");
		assertThat(error("=a * 10^400").key()).isEqualTo("error.formula.notFinite");
		assertThat(error("=0^-1").key()).isEqualTo("error.formula.notFinite");
		assertThat(error("=round(10^400 * a)").key()).isEqualTo("error.formula.notFinite");
		// an infinite step on the way is fine when the result is not
		assertThat(eval("=min(10^400, 5)")).isEqualTo(5);
		assertThat(eval("=if(10^400 > a, 1, 2)")).isEqualTo(1);
		// the 1e12 bound is the caller's: the result of the formula itself may be large
		assertThat(eval("=10^13")).isEqualTo(1e13);
	}

	@Test
	void tooDeepNestingIsRefusedNotAStackOverflow() {
		String deep = "=" + "(".repeat(200) + "1" + ")".repeat(200);
		assertThat(catchThrowableOfType(() -> Formula.parse(deep), FormulaException.class).key())
				.isEqualTo("error.formula.tooDeep");
		assertThat(eval("=" + "(".repeat(90) + "1" + ")".repeat(90))).isEqualTo(1);
		assertThat(eval("=1" + " + 1".repeat(240))).isEqualTo(241);
		assertThat(eval("=" + "-".repeat(997) + "1")).isEqualTo(-1);
	}

	@Test
	void aFormulaIsAtMostAThousandCharactersLong() {
		String longest = "=1" + " ".repeat(Formula.MAX_LENGTH - 3) + "1";
		assertThat(catchThrowableOfType(() -> Formula.parse(longest), FormulaException.class).key())
				.isEqualTo("error.formula.unexpected");
		String tooLong = "=1" + " + 1".repeat(5000);
		FormulaException refused = catchThrowableOfType(() -> Formula.parse(tooLong), FormulaException.class);
		assertThat(refused.key()).isEqualTo("error.formula.tooLong");
		assertThat(refused.args()).containsExactly(1000);
		assertThat(eval("=1" + " ".repeat(Formula.MAX_LENGTH - 4) + "+1")).isEqualTo(2);
	}

	@Test
	void aCompiledFormulaCanBeEvaluatedManyTimesWithOtherValues() {
		Compiled compiled = Formula.parse("=x * 2 + if(x > 10, 1, 0)").compile(name -> 0);
		double[] values = new double[1];
		for (int x = 0; x < 20; x++) {
			values[0] = x;
			assertThat(compiled.evaluate(values, 0, 2025)).isEqualTo(x * 2 + (x > 10 ? 1 : 0));
		}
	}

	@Test
	void renameReplacesWholeNamesOnly() {
		assertThat(Formula.rename("=a + ab + max(a, 2)", "a", "b")).isEqualTo("=b + ab + max(b, 2)");
		assertThat(Formula.rename("=a+ab*a_1/(a)", "a", "total")).isEqualTo("=total+ab*a_1/(total)");
		assertThat(Formula.rename("=  x   *  2.50 ", "x", "y")).isEqualTo("=  y   *  2.50 ");
		assertThat(Formula.rename("=1e5 + e5", "e5", "f")).isEqualTo("=1f + f");
		assertThat(Formula.rename("=max(a, b)", "max", "m")).isEqualTo("=max(a, b)");
		assertThat(Formula.rename("=a + (", "a", "b")).isEqualTo("=b + (");
		assertThat(Formula.rename("=t + year", "t", "u")).isEqualTo("=u + year");
	}
}
