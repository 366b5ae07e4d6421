package nl.ontschot.engine.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Random formulas: written out as text with as few parentheses as the precedence allows, parsed and evaluated,
 * against a small evaluator of the rules in this test.
 */
class FormulaProperties {

	/** The names of the random formulas, their slots and values. */
	private static final List<String> NAMES = List.of("a", "b", "c", "ab");
	private static final double[] VALUES = { 3, -2.5, 0, 0.125 };
	private static final int T = 2;
	private static final int YEAR = 2027;

	/** An expression tree of the test; {@code level} is its precedence, loosest 0 (comparison) to 5 (primary). */
	sealed interface Tree {
		int level();
	}

	record Num(String text) implements Tree {
		public int level() {
			return 5;
		}
	}

	record Name(String name) implements Tree {
		public int level() {
			return 5;
		}
	}

	record Neg(Tree operand) implements Tree {
		public int level() {
			return 4;
		}
	}

	record Op(String op, Tree left, Tree right) implements Tree {
		public int level() {
			return switch (op) {
			case "+", "-" -> 1;
			case "*", "/" -> 2;
			case "^" -> 3;
			default -> 0;
			};
		}
	}

	record Call(String function, List<Tree> args) implements Tree {
		public int level() {
			return 5;
		}
	}

	/** What the test's evaluator expects instead of a value. */
	static final class Failure extends RuntimeException {
		final String key;

		Failure(String key) {
			super(key, null, false, false);
			this.key = key;
		}
	}

	// --- writing a tree as text -------------------------------------------------------------------------------

	static String render(Tree tree, String space) {
		return "=" + text(tree, space);
	}

	private static String text(Tree tree, String s) {
		if (tree instanceof Num num) {
			return num.text();
		}
		if (tree instanceof Name name) {
			return name.name();
		}
		if (tree instanceof Neg neg) {
			// unary minus binds tighter than ^, so -(2^2) needs its parentheses and --x does not
			return "-" + wrap(neg.operand(), neg.operand().level() < 4, s);
		}
		if (tree instanceof Op op) {
			int level = op.level();
			// left-associative: the left side may be at the same level, the right may not; comparisons do not chain
			boolean leftParens = level == 0 ? op.left().level() == 0 : op.left().level() < level;
			boolean rightParens = op.right().level() <= level;
			return wrap(op.left(), leftParens, s) + s + op.op() + s + wrap(op.right(), rightParens, s);
		}
		Call call = (Call) tree;
		StringBuilder out = new StringBuilder(call.function()).append('(');
		for (int i = 0; i < call.args().size(); i++) {
			out.append(i == 0 ? "" : "," + s).append(text(call.args().get(i), s));
		}
		return out.append(')').toString();
	}

	private static String wrap(Tree tree, boolean parens, String s) {
		return parens ? "(" + s + text(tree, s) + s + ")" : text(tree, s);
	}

	// --- the test's evaluator ---------------------------------------------------------------------------------

	static double evaluate(Tree tree) {
		double result = value(tree);
		if (Double.isNaN(result) || Double.isInfinite(result)) {
			throw new Failure("error.formula.notFinite");
		}
		return result + 0.0;
	}

	private static double value(Tree tree) {
		if (tree instanceof Num num) {
			return new BigDecimal(num.text()).doubleValue();
		}
		if (tree instanceof Name name) {
			return switch (name.name()) {
			case "t" -> T;
			case "year" -> YEAR;
			default -> VALUES[NAMES.indexOf(name.name())];
			};
		}
		if (tree instanceof Neg neg) {
			return -value(neg.operand());
		}
		if (tree instanceof Op op) {
			double a = value(op.left());
			double b = value(op.right());
			return switch (op.op()) {
			case "+" -> a + b;
			case "-" -> a - b;
			case "*" -> a * b;
			case "/" -> {
				if (b == 0) {
					throw new Failure("error.formula.divisionByZero");
				}
				yield a / b;
			}
			case "^" -> {
				if (a < 0 && Double.isFinite(b) && Math.floor(b) != b) {
					throw new Failure("error.formula.negativePower");
				}
				yield Math.pow(a, b);
			}
			case "<" -> a < b ? 1 : 0;
			case "<=" -> a <= b ? 1 : 0;
			case ">" -> a > b ? 1 : 0;
			case ">=" -> a >= b ? 1 : 0;
			case "==" -> a == b ? 1 : 0;
			default -> a != b ? 1 : 0;
			};
		}
		Call call = (Call) tree;
		List<Tree> args = call.args();
		switch (call.function()) {
		case "min":
		case "max": {
			double result = value(args.get(0));
			for (Tree arg : args.subList(1, args.size())) {
				double v = value(arg);
				result = call.function().equals("min") ? Math.min(result, v) : Math.max(result, v);
			}
			return result;
		}
		case "round": {
			double x = value(args.get(0));
			double digits = args.size() == 2 ? value(args.get(1)) : 0;
			if (Double.isInfinite(digits) || Double.isNaN(digits) || Math.floor(digits) != digits) {
				throw new Failure("error.formula.roundDigits");
			}
			if (Double.isNaN(x) || Double.isInfinite(x)) {
				return x;
			}
			return BigDecimal.valueOf(x).setScale((int) Math.max(-400, Math.min(400, digits)), RoundingMode.HALF_UP)
					.doubleValue();
		}
		default:
			return value(args.get(0)) != 0 ? value(args.get(1)) : value(args.get(2));
		}
	}

	// --- random trees -----------------------------------------------------------------------------------------

	private static final String[] NUMBERS = { "0", "1", "2", "3", "0.5", "2.675", "10", "1234.5", "0.85", "4200",
			"07", "1.000" };
	private static final String[] LEAF_NAMES = { "a", "b", "c", "ab", "t", "year" };
	/** Operators, the ones whose precedence and associativity are easiest to get wrong more often. */
	private static final String[] OPS = { "+", "-", "-", "*", "/", "/", "^", "^", "^", "<", "<=", ">", ">=", "==",
			"!=" };

	static Tree tree(Random random, int depth) {
		int choice = depth <= 0 ? random.nextInt(2) : random.nextInt(12);
		switch (choice) {
		case 0:
			return new Num(NUMBERS[random.nextInt(NUMBERS.length)]);
		case 1:
			return new Name(LEAF_NAMES[random.nextInt(LEAF_NAMES.length)]);
		case 2:
			return new Neg(tree(random, depth - 1));
		case 3:
			return new Call(random.nextBoolean() ? "min" : "max", args(random, depth, 1 + random.nextInt(4)));
		case 4:
			// whole digits mostly; sometimes any expression, which may fail as the rules say
			List<Tree> round = random.nextInt(4) == 0 ? args(random, depth, 1 + random.nextInt(2))
					: List.of(tree(random, depth - 1), random.nextBoolean() ? new Num(String.valueOf(random.nextInt(4)))
							: new Neg(new Num(String.valueOf(random.nextInt(4)))));
			return new Call("round", round);
		case 5:
			return new Call("if", args(random, depth, 3));
		default:
			return new Op(OPS[random.nextInt(OPS.length)], tree(random, depth - 1), tree(random, depth - 1));
		}
	}

	private static List<Tree> args(Random random, int depth, int n) {
		return java.util.stream.Stream.generate(() -> tree(random, depth - 1)).limit(n).toList();
	}

	@Provide
	Arbitrary<Tree> trees() {
		return Arbitraries.randomValue(random -> tree(random, 1 + random.nextInt(5)));
	}

	@Provide
	Arbitrary<String> spaces() {
		return Arbitraries.of("", " ", "  ", "\t");
	}

	// --- the properties ---------------------------------------------------------------------------------------

	@Property
	void aNumberLiteralEvaluatesToThatNumber(@ForAll @IntRange(min = 0, max = 6) int scale,
			@ForAll("digits") long unscaled) {
		String literal = BigDecimal.valueOf(unscaled, scale).toPlainString();
		Formula formula = Formula.parse("=" + literal);
		assertThat(formula.constant()).isTrue();
		assertThat(formula.names()).isEmpty();
		assertThat(formula.compile(name -> -1).evaluate(new double[0], 0, 2025))
				.isEqualTo(Double.parseDouble(literal));
		assertThat(Formula.parse("=-" + literal).compile(name -> -1).evaluate(new double[0], 0, 2025))
				.isEqualTo(-Double.parseDouble(literal) + 0.0);
	}

	@Provide
	Arbitrary<Long> digits() {
		return Arbitraries.longs().between(0, 999_999_999_999L);
	}

	@Property(tries = 2000)
	void aTreeWrittenAsTextEvaluatesAsTheTree(@ForAll("trees") Tree tree, @ForAll("spaces") String space) {
		String text = render(tree, space);
		Compiled compiled = Formula.parse(text).compile(NAMES::indexOf);
		Failure expected = null;
		double value = 0;
		try {
			value = evaluate(tree);
		} catch (Failure f) {
			expected = f;
		}
		if (expected == null) {
			assertThat(compiled.evaluate(VALUES.clone(), T, YEAR)).as(text).isEqualTo(value);
		} else {
			FormulaException e = catchThrowableOfType(() -> compiled.evaluate(VALUES.clone(), T, YEAR),
					FormulaException.class);
			assertThat(e).as(text).isNotNull();
			assertThat(e.key()).as(text).isEqualTo(expected.key);
		}
	}

	@Property
	void shownThenStoredGivesBackTheStoredText(@ForAll("trees") Tree tree, @ForAll("spaces") String space) {
		String stored = render(tree, space);
		String shown = DutchFormulas.toShown(stored);
		// every ',' of the stored text separates arguments and becomes ';'; every decimal point becomes a comma
		assertThat(shown.chars().filter(c -> c == ';')).hasSize((int) stored.chars().filter(c -> c == ',').count());
		assertThat(shown).doesNotMatch("(?s).*[0-9]\\.[0-9].*");
		assertThat(DutchFormulas.toStored(shown)).isEqualTo(stored);
	}

	@Property
	void renameThenRenameBackGivesTheOriginal(@ForAll("trees") Tree tree, @ForAll("spaces") String space,
			@ForAll("ids") String to) {
		String text = render(tree, space);
		String from = Formula.parse(text).names().isEmpty() ? "a" : Formula.parse(text).names().get(0);
		// "when the new name does not occur"
		net.jqwik.api.Assume.that(!Pattern.compile("(?<![A-Za-z0-9_])" + to + "(?![A-Za-z0-9_])").matcher(text).find());
		String renamed = Formula.rename(text, from, to);
		assertThat(Formula.rename(renamed, to, from)).isEqualTo(text);
		if (!Formula.parse(text).names().isEmpty()) {
			assertThat(Formula.parse(renamed).names()).contains(to).doesNotContain(from);
		}
	}

	@Provide
	Arbitrary<String> ids() {
		Arbitrary<Character> first = Arbitraries.chars().range('a', 'z').range('A', 'Z').with('_');
		Arbitrary<String> rest = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars('_')
				.ofMaxLength(8);
		return Combinators.combine(first, rest).as((c, r) -> c + r)
				// function names, and t and year which are reserved, are no parameter ids
				.filter(id -> !List.of("min", "max", "round", "if", "t", "year").contains(id));
	}
}
