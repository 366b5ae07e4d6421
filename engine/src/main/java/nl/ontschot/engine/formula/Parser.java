package nl.ontschot.engine.formula;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Recursive descent over the grammar of calculation.md 6.1, loosest first:
 *
 * <pre>
 * comparison = sum [ ("<" | "<=" | ">" | ">=" | "==" | "!=") sum ]     -- "binds loosest and does not chain"
 * sum        = product { ("+" | "-") product }
 * product    = power { ("*" | "/") power }
 * power      = unary { "^" unary }                                  -- "^ is left-associative"
 * unary      = { "-" } primary                                      -- "unary minus binds tighter than ^"
 * primary    = number | name | function "(" comparison { "," comparison } ")" | "(" comparison ")"
 * </pre>
 */
final class Parser {

	/** The functions of the grammar: "min, max, round and if are function names". */
	static final Set<String> FUNCTIONS = Set.of("min", "max", "round", "if");

	/** Parentheses and calls nested deeper than this are refused before they can exhaust the stack. */
	static final int MAX_NESTING = 100;
	/** Evaluation recurses over the tree; a tree taller than this (say 2000 terms in one sum) is refused. */
	static final int MAX_DEPTH = 1000;

	private final String text;
	private final List<Token> tokens;
	private final Set<String> names = new LinkedHashSet<>();
	private boolean usesYear;
	private int next;
	private int nesting;

	private Parser(String text) {
		this.text = text;
		this.tokens = Lexer.tokens(text);
	}

	/** The tree of a formula, the names it uses in order of first appearance, and whether it uses t or year. */
	record Parsed(Expr root, List<String> names, boolean usesYear) {
	}

	static Parsed parse(String text) {
		Parser parser = new Parser(text);
		Expr root = parser.comparison();
		parser.expectEnd();
		return new Parsed(root, List.copyOf(parser.names), parser.usesYear);
	}

	private Expr comparison() {
		if (++nesting > MAX_NESTING) {
			throw new FormulaException("error.formula.tooDeep");
		}
		Expr left = sum();
		Token op = peek();
		if (isComparison(op)) {
			next++;
			// a second comparison is left for the caller, which finds it unexpected: "a < b < c" is an error
			left = node(new Expr.Binary(op.text(), left, sum()));
		}
		nesting--;
		return left;
	}

	private Expr sum() {
		Expr left = product();
		while (peek().is("+") || peek().is("-")) {
			String op = take().text();
			left = node(new Expr.Binary(op, left, product()));
		}
		return left;
	}

	private Expr product() {
		Expr left = power();
		while (peek().is("*") || peek().is("/")) {
			String op = take().text();
			left = node(new Expr.Binary(op, left, power()));
		}
		return left;
	}

	private Expr power() {
		Expr left = unary();
		while (peek().is("^")) {
			next++;
			left = node(new Expr.Binary("^", left, unary()));
		}
		return left;
	}

	private Expr unary() {
		// counted, not recursed, so a long run of minus signs cannot exhaust the stack
		int minuses = 0;
		while (peek().is("-")) {
			next++;
			minuses++;
		}
		Expr operand = primary();
		return minuses % 2 == 0 ? operand : node(new Expr.Neg(operand));
	}

	private Expr primary() {
		Token token = take();
		switch (token.kind()) {
		case NUMBER:
			return new Expr.Num(Double.parseDouble(token.text()));
		case NAME:
			return name(token);
		case SYMBOL:
			if (token.is("(")) {
				Expr inner = comparison();
				expect(")");
				return inner;
			}
			throw unexpected(token);
		default:
			throw unexpected(token);
		}
	}

	private Expr name(Token token) {
		String name = token.text();
		if (FUNCTIONS.contains(name)) {
			if (!peek().is("(")) {
				throw new FormulaException("error.formula.functionName", name);
			}
			next++;
			return call(name);
		}
		if (name.equals("t")) {
			usesYear = true;
			return Expr.Builtin.T;
		}
		if (name.equals("year")) {
			usesYear = true;
			return Expr.Builtin.YEAR;
		}
		names.add(name);
		return new Expr.Name(name);
	}

	/** The arguments after the {@code (}, up to and including the {@code )}. */
	private Expr call(String function) {
		List<Expr> args = new ArrayList<>();
		if (peek().is(")")) {
			next++;
		} else {
			args.add(comparison());
			while (peek().is(",")) {
				next++;
				args.add(comparison());
			}
			expect(")");
		}
		int n = args.size();
		String allowed = switch (function) {
		case "min", "max" -> n >= 1 ? null : "at least 1";
		case "round" -> n == 1 || n == 2 ? null : "1 or 2";
		default -> n == 3 ? null : "exactly 3";
		};
		if (allowed != null) {
			throw new FormulaException("error.formula.arguments", function, allowed);
		}
		return node(new Expr.Call(function, args));
	}

	private static boolean isComparison(Token token) {
		return token.kind() == Token.Kind.SYMBOL
				&& switch (token.text()) {
				case "<", "<=", ">", ">=", "==", "!=" -> true;
				default -> false;
				};
	}

	private Expr node(Expr expr) {
		if (expr.depth() > MAX_DEPTH) {
			throw new FormulaException("error.formula.tooDeep");
		}
		return expr;
	}

	private void expect(String symbol) {
		Token token = take();
		if (!token.is(symbol)) {
			throw unexpected(token);
		}
	}

	private void expectEnd() {
		Token token = peek();
		if (token.kind() != Token.Kind.END) {
			throw unexpected(token);
		}
	}

	private FormulaException unexpected(Token token) {
		if (token.kind() == Token.Kind.END) {
			// "unexpected end of the formula at column N" with N = length + 1
			return new FormulaException("error.formula.end", text.length() + 1);
		}
		return new FormulaException("error.formula.unexpected", token.text(), token.column());
	}

	private Token peek() {
		return tokens.get(next);
	}

	private Token take() {
		Token token = tokens.get(next);
		if (token.kind() != Token.Kind.END) {
			next++;
		}
		return token;
	}
}
