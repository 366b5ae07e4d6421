package nl.ontschot.app.web;

/**
 * A request that cannot be done, answered with {@code status} and the sentence {@code messageKey} (with
 * {@code args}) from the app's message bundle.
 */
public class StatusException extends RuntimeException {

	private final int status;
	private final String messageKey;
	private final transient Object[] args;

	public StatusException(int status, String messageKey, Object... args) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.args = args.clone();
	}

	public int status() {
		return status;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args.clone();
	}

	/** The request field at fault, or empty when the request as a whole is. */
	public String field() {
		return "";
	}
}
