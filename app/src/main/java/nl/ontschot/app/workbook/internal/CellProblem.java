package nl.ontschot.app.workbook.internal;

import java.util.List;

/** A cell that cannot be read as its column's field: the sentence's message key and its arguments. */
final class CellProblem extends RuntimeException {

	private final String key;
	private final transient List<Object> args;

	CellProblem(String key, Object... args) {
		super(key);
		this.key = key;
		this.args = List.of(args);
	}

	String sentence(Texts texts) {
		return texts.get(key, args.toArray());
	}
}
