package nl.ontschot.app.web;

/** One problem in an API answer: where (a path into the case, or empty) and a plain sentence. */
public record ApiError(String path, String message) {
}
