package nl.ontschot.engine.result;

import java.util.List;

/**
 * Whether any group of parties would be better off alone. When not {@code checked} (more than 20 parties)
 * the other fields say nothing. When not {@code stable}, {@code coalition} is the group with the largest
 * {@code shortfall}; when stable the coalition is empty and the shortfall 0.
 */
public record CoreCheck(boolean checked, boolean stable, List<String> coalition, double shortfall) {

	public static final CoreCheck NOT_CHECKED = new CoreCheck(false, false, List.of(), 0);
	public static final CoreCheck STABLE = new CoreCheck(true, true, List.of(), 0);

	public CoreCheck {
		coalition = List.copyOf(coalition);
	}
}
