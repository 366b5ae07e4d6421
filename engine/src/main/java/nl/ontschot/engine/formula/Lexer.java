package nl.ontschot.engine.formula;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a formula into tokens. It never fails: a character that starts no token becomes a {@code BAD} token
 * for the parser to report, so {@link Formula#rename} can work on text that does not parse.
 */
final class Lexer {

	private Lexer() {
	}

	/** The tokens of {@code text} after its leading {@code '='}, ending with an {@code END} token. */
	static List<Token> tokens(String text) {
		List<Token> tokens = new ArrayList<>();
		int i = text.startsWith("=") ? 1 : 0;
		int n = text.length();
		while (true) {
			while (i < n && isSpace(text.charAt(i))) {
				i++;
			}
			if (i >= n) {
				tokens.add(new Token(Token.Kind.END, "", n));
				return tokens;
			}
			char c = text.charAt(i);
			int start = i;
			if (isDigit(c)) {
				// "digits, optionally a point and digits": no exponent, so "1e5" is 1 followed by the name e5
				while (i < n && isDigit(text.charAt(i))) {
					i++;
				}
				if (i + 1 < n && text.charAt(i) == '.' && isDigit(text.charAt(i + 1))) {
					i++;
					while (i < n && isDigit(text.charAt(i))) {
						i++;
					}
				}
				tokens.add(new Token(Token.Kind.NUMBER, text.substring(start, i), start));
			} else if (isNameStart(c)) {
				while (i < n && isNamePart(text.charAt(i))) {
					i++;
				}
				tokens.add(new Token(Token.Kind.NAME, text.substring(start, i), start));
			} else if ((c == '<' || c == '>' || c == '=' || c == '!') && i + 1 < n && text.charAt(i + 1) == '=') {
				i += 2;
				tokens.add(new Token(Token.Kind.SYMBOL, text.substring(start, i), start));
			} else if ("+-*/^(),<>".indexOf(c) >= 0) {
				i++;
				tokens.add(new Token(Token.Kind.SYMBOL, String.valueOf(c), start));
			} else {
				// a whole code point, so the message shows the character and not half of it
				i += Character.charCount(text.codePointAt(i));
				tokens.add(new Token(Token.Kind.BAD, text.substring(start, i), start));
			}
		}
	}

	static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	static boolean isNameStart(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
	}

	static boolean isNamePart(char c) {
		return isNameStart(c) || isDigit(c);
	}
}
