package nl.ontschot.engine.formula;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * A parsed formula. calculation.md 6.1: "value is a number or a formula: a string starting with {@code =}."
 * The grammar: "numbers with a decimal point (no exponent notation), names, {@code + - * /}, {@code ^}, unary
 * minus, parentheses, {@code min(a, b, ...)}, {@code max(a, b, ...)}, {@code round(x)} and
 * {@code round(x, digits)}, {@code if(condition, a, b)} with comparisons {@code < <= > >= == !=}". "Names are
 * parameter ids and the built-ins {@code t} (the year index 0..horizonYears-1) and {@code year}
 * (startYear + t)."
 *
 * <p>Immutable and thread-safe.
 */
public final class Formula {

	private final String text;
	private final Expr root;
	private final List<String> names;
	private final boolean constant;

	private Formula(String text, Parser.Parsed parsed) {
		this.text = text;
		this.root = parsed.root();
		this.names = parsed.names();
		this.constant = names.isEmpty() && !parsed.usesYear();
	}

	/**
	 * The longest formula, in characters: a rule of a few lines that people at the table can still read; more
	 * belongs in several key figures. It also keeps a case (and every version of it) from growing by megabytes
	 * through one field.
	 */
	public static final int MAX_LENGTH = 1000;

	/** Whether the text is a formula: it starts with {@code =}. */
	public static boolean isFormula(String text) {
		return text != null && text.startsWith("=");
	}

	/**
	 * Parses a formula.
	 *
	 * @throws FormulaException on a syntax error: {@code error.formula.unexpected} {0}=the token {1}=its column
	 *         ("The column of a syntax error counts from 1 at the {@code =}"); {@code error.formula.end}
	 *         {0}=column (the text's length + 1); {@code error.formula.arguments} {0}=function {1}=what it takes
	 *         ("at least 1", "1 or 2", "exactly 3"); {@code error.formula.functionName} {0}=name, for
	 *         {@code min}, {@code max}, {@code round} or {@code if} without {@code (}; {@code error.formula.tooLong}
	 *         {0}=the limit for a text longer than {@link #MAX_LENGTH}; {@code error.formula.tooDeep}
	 *         for more than 100 nested parentheses or a tree too tall to evaluate (some 1000 terms in a row)
	 * @throws IllegalArgumentException if the text is not a formula
	 */
	public static Formula parse(String text) {
		if (!isFormula(text)) {
			throw new IllegalArgumentException("not a formula: " + text);
		}
		if (text.length() > MAX_LENGTH) {
			throw new FormulaException("error.formula.tooLong", MAX_LENGTH);
		}
		return new Formula(text, Parser.parse(text));
	}

	/** The text as given. */
	public String text() {
		return text;
	}

	/** The distinct names the formula uses, in order of first appearance, without {@code t} and {@code year}. */
	public List<String> names() {
		return names;
	}

	/** Whether it uses no names, no {@code t} and no {@code year}: the value is the same every year. */
	public boolean constant() {
		return constant;
	}

	/**
	 * Binds the names to slots of a values array.
	 *
	 * @param slotOf the slot of a name, or -1 for a name that is not a parameter
	 * @throws FormulaException {@code error.formula.unknownName} {0}=name, for the first unknown name
	 */
	public Compiled compile(ToIntFunction<String> slotOf) {
		return Compiler.compile(root, slotOf);
	}

	/**
	 * The text with every occurrence of the name {@code from} replaced by {@code to}: as a whole name, not
	 * inside other names ({@code ab} stays when {@code a} is renamed), not as a function name before a
	 * {@code (}; everything else, spaces and numbers too, is kept as written. The text need not parse.
	 */
	public static String rename(String text, String from, String to) {
		StringBuilder result = new StringBuilder(text.length());
		List<Token> tokens = Lexer.tokens(text);
		int copied = 0;
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (token.kind() == Token.Kind.NAME && token.text().equals(from)
					&& !(Parser.FUNCTIONS.contains(from) && tokens.get(i + 1).is("("))) {
				result.append(text, copied, token.start()).append(to);
				copied = token.end();
			}
		}
		return result.append(text, copied, text.length()).toString();
	}

	@Override
	public String toString() {
		return text;
	}
}
