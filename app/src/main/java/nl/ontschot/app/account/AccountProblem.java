package nl.ontschot.app.account;

import nl.ontschot.app.web.StatusException;

/**
 * A request about accounts that cannot be done; {@code messageKey} names the sentence in the app's
 * message bundle, {@code status} the HTTP status to answer with, {@code field} the request field at fault
 * (empty when none is), {@code args} fill the sentence's placeholders.
 */
public final class AccountProblem extends StatusException {

	private final String field;

	public AccountProblem(int status, String messageKey) {
		this(status, messageKey, "");
	}

	public AccountProblem(int status, String messageKey, String field, Object... args) {
		super(status, messageKey, args);
		this.field = field;
	}

	@Override
	public String field() {
		return field;
	}
}
