package nl.ontschot.engine.formula;

import java.util.Arrays;
import java.util.List;

/**
 * A problem in a formula: a key of the engine's message bundle and its arguments, as
 * {@link nl.ontschot.engine.Notice} takes them. The caller knows the path of the field that holds the
 * formula ("Errors, each at the path of the field that holds the formula") and makes the notice.
 */
public final class FormulaException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String key;
	private final List<Object> args;

	/** @param args Strings, Integers and Doubles only, so the message bundle can format them */
	public FormulaException(String key, Object... args) {
		super(key + " " + Arrays.toString(args), null, false, false);
		this.key = key;
		this.args = List.of(args);
	}

	public String key() {
		return key;
	}

	public List<Object> args() {
		return args;
	}
}
