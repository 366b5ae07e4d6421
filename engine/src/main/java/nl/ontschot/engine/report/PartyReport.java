package nl.ontschot.engine.report;

import java.util.List;
import java.util.OptionalInt;

import nl.ontschot.engine.model.PartyType;

/**
 * One party as every output shows it: its figures per year, its current and future situation, and in whole
 * euros its present values, settlement (positive: it receives) and net after settlement, the year it
 * earns its investment back (version 2), and its net per financing domain.
 */
public record PartyReport(String id, String name, PartyType type, List<Row> rows, List<SteadyRow> steady,
		long pvNet, long pvCapacity, long pvSocietal, long settlement, long netAfterSettlement,
		OptionalInt paybackYear, Domains domains) {

	public PartyReport {
		rows = List.copyOf(rows);
		steady = List.copyOf(steady);
	}
}
