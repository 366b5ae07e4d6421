package nl.ontschot.app.web;

import java.io.IOException;

/** A request body larger than the limit; thrown while it is read. */
public final class PayloadTooLargeException extends IOException {

	public PayloadTooLargeException(long limit) {
		super("Request body over " + limit + " bytes");
	}
}
