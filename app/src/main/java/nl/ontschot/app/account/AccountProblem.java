package nl.ontschot.app.account;

/**
 * A request about accounts that cannot be done; {@code messageKey} names the sentence in the app's
 * message bundle, {@code status} the HTTP status to answer with, {@code field} the request field at fault
 * (empty when none is), {@code args} fill the sentence's placeholders.
 */
public final class AccountProblem extends RuntimeException {

	private final int status;
	private final String messageKey;
	private final String field;
	private final Object[] args;

	AccountProblem(int status, String messageKey) {
		this(status, messageKey, "");
	}

	AccountProblem(int status, String messageKey, String field, Object... args) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.field = field;
		this.args = args.clone();
	}

	public int status() {
		return status;
	}

	public String messageKey() {
		return messageKey;
	}

	public String field() {
		return field;
	}

	public Object[] args() {
		return args.clone();
	}
}
