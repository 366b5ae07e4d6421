package nl.ontschot.app.web;

import java.util.List;

/** What GeneratedClientTest asks of the program it compiles against the generated client. */
public interface ClientRoundTrip {

	/**
	 * Reads a case document into the generated model, stores it, reads it back and calculates it twice (the
	 * stored case, and the case read back without storing); answers each of the four as the client writes it.
	 */
	List<String> roundTrip(String baseUri, String authorization, String caseDocument) throws Exception;

	/**
	 * Stores a case document that the server refuses; answers the status and, read into the generated
	 * {@code ApiError}, each problem as "path: message".
	 */
	List<String> refused(String baseUri, String authorization, String caseDocument) throws Exception;
}
