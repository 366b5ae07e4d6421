package nl.ontschot.app.cases;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import nl.ontschot.app.cases.WriteRules.Refusal;

/**
 * A write that changes something the writer may not change (see {@link WriteRules}); nothing was stored.
 * Carries every refused change, and the name of the party the writer works for (empty when none).
 */
public class WriteRefusedException extends RuntimeException {

	private final transient List<Refusal> refusals;
	private final String partyName;

	WriteRefusedException(List<Refusal> refusals, String partyName) {
		super("Refused: " + refusals);
		this.refusals = List.copyOf(refusals);
		this.partyName = partyName;
	}

	public List<Refusal> refusals() {
		return refusals;
	}

	/** Why a change was refused, as a plain sentence in the reader's language. */
	public String sentence(Refusal refusal, MessageSource messages, Locale locale) {
		return messages.getMessage(refusal.reason().messageKey, new Object[] { partyName }, locale);
	}

	/** A refused change: the path in the case document it is about, and why in words. */
	public record Refused(String path, String sentence) {
	}

	/**
	 * Every refusal with its path, so that a write from a file (a workbook) can name the cell each comes from.
	 * A line's index is its place in the document written, or, for a line removed, in the one stored before.
	 */
	public List<Refused> refused(MessageSource messages, Locale locale) {
		return refusals().stream().map(r -> new Refused(r.path(), sentence(r, messages, locale))).toList();
	}

	/** Every refusal in words, each reason once. */
	public String sentences(MessageSource messages, Locale locale) {
		return String.join(" ", refusals().stream().map(r -> sentence(r, messages, locale)).distinct().toList());
	}
}
