package nl.ontschot.engine;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A case that cannot be calculated, with every problem found in it. */
public final class InvalidCaseException extends RuntimeException {

	private final transient List<Notice> problems;

	public InvalidCaseException(List<Notice> problems) {
		super(problems.stream().map(p -> p.line(Locale.ENGLISH)).collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	public List<Notice> problems() {
		return problems;
	}
}
