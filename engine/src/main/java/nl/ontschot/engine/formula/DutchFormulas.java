package nl.ontschot.engine.formula;

import java.util.regex.Pattern;

/**
 * Formulas as a Dutch user types and reads them, with a decimal comma and {@code ;} between arguments as in
 * Dutch Excel ({@code =min(a; 0,5)}), and as they are stored, with a decimal point and {@code ,}
 * ({@code =min(a, 0.5)}).
 */
public final class DutchFormulas {

	/** A number written with points between groups of three digits, not part of a longer number or name. */
	private static final Pattern THOUSANDS = Pattern.compile("(?<![\\w.])\\d{1,3}(?:\\.\\d{3})+(?![\\d.])");

	private DutchFormulas() {
	}

	/**
	 * The stored form of a typed formula: a comma between two digits is a decimal comma and becomes a point;
	 * {@code ;} becomes {@code ,}; anything else is kept, so a formula typed with points and commas, as stored,
	 * still works. {@code "=deelnemers * 0,85"} gives {@code "=deelnemers * 0.85"}. A point between groups of
	 * three digits groups thousands, as Dutch notation writes them: {@code "=1.250 * 0,5"} gives
	 * {@code "=1250 * 0.5"}.
	 */
	public static String toStored(String typed) {
		// points that group thousands (1.250.000 or 1.250,5) go first, as in the number fields of the pages
		typed = THOUSANDS.matcher(typed).replaceAll(m -> m.group().replace(".", ""));
		StringBuilder stored = new StringBuilder(typed);
		for (int i = 0; i < stored.length(); i++) {
			char c = stored.charAt(i);
			if (c == ';') {
				stored.setCharAt(i, ',');
			} else if (c == ',' && betweenDigits(typed, i)) {
				stored.setCharAt(i, '.');
			}
		}
		return stored.toString();
	}

	/**
	 * The form to show: a {@code .} between digits becomes a decimal comma, and every {@code ,} (in stored
	 * text always one between arguments) becomes {@code ;}. {@code "=min(a, 0.5)"} gives {@code "=min(a; 0,5)"}.
	 */
	public static String toShown(String stored) {
		StringBuilder shown = new StringBuilder(stored);
		for (int i = 0; i < shown.length(); i++) {
			char c = shown.charAt(i);
			if (c == ',') {
				shown.setCharAt(i, ';');
			} else if (c == '.' && betweenDigits(stored, i)) {
				shown.setCharAt(i, ',');
			}
		}
		return shown.toString();
	}

	private static boolean betweenDigits(String text, int i) {
		return i > 0 && i + 1 < text.length() && Lexer.isDigit(text.charAt(i - 1)) && Lexer.isDigit(text.charAt(i + 1));
	}
}
