package nl.ontschot.app.account;

/**
 * A request about accounts that cannot be done; {@code messageKey} names the sentence in the app's
 * message bundle, {@code status} the HTTP status to answer with.
 */
public final class AccountProblem extends RuntimeException {

	private final int status;
	private final String messageKey;

	AccountProblem(int status, String messageKey) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
	}

	public int status() {
		return status;
	}

	public String messageKey() {
		return messageKey;
	}
}
