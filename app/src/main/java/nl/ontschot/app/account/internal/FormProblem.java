package nl.ontschot.app.account.internal;

import java.util.Map;

/**
 * A problem with one form of the organisation page, said beside its field: {@code form} names the form (as
 * {@code create} or {@code details-jan}), {@code field} the field, {@code entered} what was typed, so that the
 * form shows it again. {@link #NONE} when the page shows no problem.
 */
public record FormProblem(String form, String field, String message, Map<String, String> entered) {

	public static final FormProblem NONE = new FormProblem("", "", "", Map.of());

	/** Whether the problem is in this form: its section opens. */
	public boolean in(String aForm) {
		return form.equals(aForm);
	}

	/** The sentence for the field of the form, or null. */
	public String at(String aForm, String aField) {
		return in(aForm) && field.equals(aField) ? message : null;
	}

	/** The sentence for the form whatever the field, or null: for forms of a single button. */
	public String of(String aForm) {
		return in(aForm) ? message : null;
	}

	/** What was typed in the field of the form when it had the problem, else {@code otherwise}. */
	public String value(String aForm, String aField, String otherwise) {
		return in(aForm) ? entered.getOrDefault(aField, otherwise) : otherwise;
	}
}
