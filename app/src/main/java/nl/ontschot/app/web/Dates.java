package nl.ontschot.app.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Moments as a reader at the table reads them: Dutch time, {@code 22-11-2026} or {@code 22-11-2026 14:03}. */
public final class Dates {

	private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

	private Dates() {
	}

	public static String date(Instant at) {
		return DATE.format(at.atZone(DUTCH_TIME));
	}

	public static String dateTime(Instant at) {
		return DATE_TIME.format(at.atZone(DUTCH_TIME));
	}
}
