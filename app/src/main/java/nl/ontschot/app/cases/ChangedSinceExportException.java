package nl.ontschot.app.cases;

import java.util.List;

/**
 * A workbook changed offline meets changes that others saved since it was exported, at the same values: nothing
 * is saved. The places are paths in the case as it is now ({@code activities[2].current.tariff}).
 */
public class ChangedSinceExportException extends RuntimeException {

	private final List<String> paths;
	private final String current;

	ChangedSinceExportException(List<String> paths, String current) {
		super("changed since the export at " + paths);
		this.paths = List.copyOf(paths);
		this.current = current;
	}

	public List<String> paths() {
		return paths;
	}

	/** The case document as it is now, in which the paths lie. */
	public String current() {
		return current;
	}
}
