package nl.ontschot.engine.formula;

/**
 * Formulas as a Dutch user types and reads them, with a decimal comma and {@code ;} between arguments as in
 * Dutch Excel ({@code =min(a; 0,5)}), and as they are stored, with a decimal point and {@code ,}
 * ({@code =min(a, 0.5)}).
 */
public final class DutchFormulas {

	private DutchFormulas() {
	}

	/**
	 * The stored form of a typed formula: a comma between two digits is a decimal comma and becomes a point;
	 * {@code ;} becomes {@code ,}; anything else is kept, so a formula typed with points and commas, as stored,
	 * still works. {@code "=deelnemers * 0,85"} gives {@code "=deelnemers * 0.85"}.
	 */
	public static String toStored(String typed) {
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
