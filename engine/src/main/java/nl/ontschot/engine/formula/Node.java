package nl.ontschot.engine.formula;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A compiled formula node: its names bound to slots, evaluated by plain recursion without allocating. */
abstract class Node {

	abstract double eval(double[] values, int t, int year);

	/** Whether the value is the same whatever the values, t and year: a candidate for folding. */
	boolean constant() {
		return false;
	}

	static final class Const extends Node {
		final double value;

		Const(double value) {
			this.value = value;
		}

		@Override
		double eval(double[] values, int t, int year) {
			return value;
		}

		@Override
		boolean constant() {
			return true;
		}
	}

	static final class Slot extends Node {
		private final int slot;

		Slot(int slot) {
			this.slot = slot;
		}

		@Override
		double eval(double[] values, int t, int year) {
			return values[slot];
		}
	}

	static final class YearIndex extends Node {
		@Override
		double eval(double[] values, int t, int year) {
			return t;
		}
	}

	static final class Year extends Node {
		@Override
		double eval(double[] values, int t, int year) {
			return year;
		}
	}

	static final class Neg extends Node {
		private final Node operand;

		Neg(Node operand) {
			this.operand = operand;
		}

		@Override
		double eval(double[] values, int t, int year) {
			return -operand.eval(values, t, year);
		}

		@Override
		boolean constant() {
			return operand.constant();
		}
	}

	/** The operators {@code + - * / ^} and the comparisons. */
	static final class Binary extends Node {
		private final char op;
		private final Node left;
		private final Node right;

		/** One character per operator, so evaluation switches on a char: {@code <=} is 'l', {@code >=} 'g'... */
		Binary(String op, Node left, Node right) {
			this.op = switch (op) {
			case "<=" -> 'l';
			case ">=" -> 'g';
			case "==" -> 'e';
			case "!=" -> 'n';
			default -> op.charAt(0);
			};
			this.left = left;
			this.right = right;
		}

		@Override
		double eval(double[] values, int t, int year) {
			double a = left.eval(values, t, year);
			double b = right.eval(values, t, year);
			switch (op) {
			case '+':
				return a + b;
			case '-':
				return a - b;
			case '*':
				return a * b;
			case '/':
				if (b == 0) {
					throw new FormulaException("error.formula.divisionByZero");
				}
				return a / b;
			case '^':
				return power(a, b);
			// "a comparison is 1 when it holds, else 0"
			case '<':
				return a < b ? 1 : 0;
			case 'l':
				return a <= b ? 1 : 0;
			case '>':
				return a > b ? 1 : 0;
			case 'g':
				return a >= b ? 1 : 0;
			case 'e':
				return a == b ? 1 : 0;
			case 'n':
				return a != b ? 1 : 0;
			default:
				throw new IllegalStateException("operator " + op);
			}
		}

		@Override
		boolean constant() {
			return left.constant() && right.constant();
		}
	}

	/** "a power of a negative number with a non-integer exponent" is an error, not NaN. */
	static double power(double base, double exponent) {
		if (base < 0 && Double.isFinite(exponent) && exponent != Math.rint(exponent)) {
			throw new FormulaException("error.formula.negativePower", base, exponent);
		}
		return Math.pow(base, exponent);
	}

	static final class Min extends Node {
		private final Node[] args;

		Min(Node[] args) {
			this.args = args;
		}

		@Override
		double eval(double[] values, int t, int year) {
			double result = args[0].eval(values, t, year);
			for (int i = 1; i < args.length; i++) {
				result = Math.min(result, args[i].eval(values, t, year));
			}
			return result;
		}

		@Override
		boolean constant() {
			return allConstant(args);
		}
	}

	static final class Max extends Node {
		private final Node[] args;

		Max(Node[] args) {
			this.args = args;
		}

		@Override
		double eval(double[] values, int t, int year) {
			double result = args[0].eval(values, t, year);
			for (int i = 1; i < args.length; i++) {
				result = Math.max(result, args[i].eval(values, t, year));
			}
			return result;
		}

		@Override
		boolean constant() {
			return allConstant(args);
		}
	}

	/** {@code round(x)} and {@code round(x, digits)}; a missing digits is a constant 0. */
	static final class Round extends Node {
		private final Node x;
		private final Node digits;

		Round(Node x, Node digits) {
			this.x = x;
			this.digits = digits;
		}

		@Override
		double eval(double[] values, int t, int year) {
			double value = x.eval(values, t, year);
			return round(value, digits.eval(values, t, year));
		}

		@Override
		boolean constant() {
			return x.constant() && digits.constant();
		}
	}

	/**
	 * "half away from zero, applied to the shortest decimal form of x, as Java's {@code BigDecimal.valueOf(x)}
	 * gives it: {@code round(2.675, 2) = 2.68}"; "round's digits must be a whole number (negative digits round
	 * to tens, hundreds...)".
	 */
	static double round(double x, double digits) {
		if (!Double.isFinite(digits) || digits != Math.rint(digits)) {
			throw new FormulaException("error.formula.roundDigits", digits);
		}
		if (!Double.isFinite(x)) {
			// BigDecimal has no infinity; the final check reports it
			return x;
		}
		BigDecimal exact = BigDecimal.valueOf(x);
		if (digits >= exact.scale()) {
			// nothing to round, and no huge scale to build
			return x;
		}
		// a double is below 1e309, so rounding to more than 400 places before the point gives 0 anyway
		int scale = (int) Math.max(digits, -400);
		return exact.setScale(scale, RoundingMode.HALF_UP).doubleValue();
	}

	/** {@code if(condition, a, b)}: "only the branch taken is evaluated"; "any nonzero c counts as true". */
	static final class If extends Node {
		private final Node condition;
		private final Node then;
		private final Node otherwise;

		If(Node condition, Node then, Node otherwise) {
			this.condition = condition;
			this.then = then;
			this.otherwise = otherwise;
		}

		@Override
		double eval(double[] values, int t, int year) {
			return condition.eval(values, t, year) != 0 ? then.eval(values, t, year)
					: otherwise.eval(values, t, year);
		}

		@Override
		boolean constant() {
			return condition.constant() && then.constant() && otherwise.constant();
		}
	}

	private static boolean allConstant(Node[] nodes) {
		for (Node node : nodes) {
			if (!node.constant()) {
				return false;
			}
		}
		return true;
	}
}
