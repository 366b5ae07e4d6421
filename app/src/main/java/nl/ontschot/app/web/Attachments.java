package nl.ontschot.app.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;

/** How a file that Ontschot makes of a case is named when it is downloaded. */
public final class Attachments {

	private Attachments() {
	}

	/** A file name from the case's name: letters, digits and dashes, at most 80 characters. */
	public static String fileName(String caseName) {
		String plain = caseName.strip().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
		return plain.isEmpty() ? "casus" : plain.substring(0, Math.min(80, plain.length()));
	}

	/** The Content-Disposition header of a download named after the case, with the given extension. */
	public static String disposition(String caseName, String extension) {
		return ContentDisposition.attachment().filename(fileName(caseName) + "." + extension, StandardCharsets.UTF_8)
				.build().toString();
	}
}
