package nl.ontschot.engine.formula;

/**
 * One token of a formula. {@code start} is the index in the text, which starts with the {@code '='}, so the
 * column of the rules ("counts from 1 at the {@code =}") is {@code start + 1}.
 */
record Token(Kind kind, String text, int start) {

	enum Kind {
		NUMBER, NAME, SYMBOL, END,
		/** A character no token starts with; the parser reports it as unexpected. */
		BAD
	}

	int column() {
		return start + 1;
	}

	int end() {
		return start + text.length();
	}

	boolean is(String symbol) {
		return kind == Kind.SYMBOL && text.equals(symbol);
	}
}
