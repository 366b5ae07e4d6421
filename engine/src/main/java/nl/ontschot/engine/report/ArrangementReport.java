package nl.ontschot.engine.report;

import java.util.List;

import nl.ontschot.engine.model.ArrangementType;

/**
 * What a financing arrangement pays (6.5): per party it touches, its payments per year (receiving positive)
 * in whole euros, each year rounded on its own, the total the sum of what is shown, and the present value.
 * Parties whose every year shows € 0 are left out.
 */
public record ArrangementReport(String id, String name, ArrangementType type, List<Payments> parties) {

	public ArrangementReport {
		parties = List.copyOf(parties);
	}

	/** One party's payments from the arrangement. */
	public record Payments(String party, String name, List<Long> years, long total, long presentValue) {

		public Payments {
			years = List.copyOf(years);
		}
	}
}
