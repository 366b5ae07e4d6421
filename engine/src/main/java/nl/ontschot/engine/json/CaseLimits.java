package nl.ontschot.engine.json;

import java.math.BigInteger;

import tools.jackson.databind.JsonNode;

/**
 * What one case may hold, so that reading, calculating and answering it stay bounded in memory and time
 * (a case of 20,000 parties once produced 213 MB of result). The largest real case has about 25 parties
 * and a thousand lines over 15 years; these bounds leave ample room above that (ADR 0009).
 */
public final class CaseLimits {

	/** Parties in one case. */
	public static final int MAX_PARTIES = 200;
	/** Target groups, activities, items and allocation keys together. */
	public static final int MAX_LINES = 20_000;
	/** Activities and items times the years of the horizon: the size of the per-year calculation. */
	public static final int MAX_LINE_YEARS = 200_000;

	private CaseLimits() {
	}

	/** Checks the limits on the raw document, before anything is read from it; records a problem for each. */
	static boolean within(JsonNode root, Problems problems) {
		int before = problems.count();
		int parties = root.path("parties").size();
		if (parties > MAX_PARTIES) {
			problems.add("parties", "error.tooManyParties", MAX_PARTIES, parties);
		}
		int lines = root.path("targetGroups").size() + root.path("activities").size() + root.path("items").size()
				+ root.path("allocationKeys").size();
		if (lines > MAX_LINES) {
			problems.add("", "error.tooManyLines", MAX_LINES, lines);
		}
		JsonNode horizon = root.path("horizonYears");
		int calculated = root.path("activities").size() + root.path("items").size();
		if (horizon.isIntegralNumber() && horizon.bigIntegerValue().multiply(BigInteger.valueOf(calculated))
				.compareTo(BigInteger.valueOf(MAX_LINE_YEARS)) > 0) {
			problems.add("", "error.tooManyLineYears", MAX_LINE_YEARS, calculated, horizon.bigIntegerValue());
		}
		return problems.count() == before;
	}
}
