package nl.ontschot.engine.formula;

import java.util.List;

/**
 * The parsed form of a formula, before its names are bound to slots. Each node knows the height of its tree,
 * computed once when it is built, so the parser can refuse a tree too deep to evaluate by recursion.
 */
sealed interface Expr {

	int depth();

	record Num(double value) implements Expr {
		@Override
		public int depth() {
			return 1;
		}
	}

	/** A parameter id; {@code t} and {@code year} are {@link Builtin}s instead. */
	record Name(String name) implements Expr {
		@Override
		public int depth() {
			return 1;
		}
	}

	enum Builtin implements Expr {
		T, YEAR;

		@Override
		public int depth() {
			return 1;
		}
	}

	record Neg(Expr operand, int depth) implements Expr {
		Neg(Expr operand) {
			this(operand, 1 + operand.depth());
		}
	}

	/** {@code op} is one of {@code + - * / ^} or a comparison {@code < <= > >= == !=}. */
	record Binary(String op, Expr left, Expr right, int depth) implements Expr {
		Binary(String op, Expr left, Expr right) {
			this(op, left, right, 1 + Math.max(left.depth(), right.depth()));
		}
	}

	/** {@code min}, {@code max}, {@code round} or {@code if}, with a number of arguments it takes. */
	record Call(String function, List<Expr> args, int depth) implements Expr {
		Call(String function, List<Expr> args) {
			this(function, List.copyOf(args), 1 + args.stream().mapToInt(Expr::depth).max().orElse(0));
		}
	}
}
