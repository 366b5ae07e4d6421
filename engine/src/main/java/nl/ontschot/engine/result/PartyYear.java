package nl.ontschot.engine.result;

/**
 * One party in one calendar year. {@code settlement} and {@code netAfterSettlement} are that year's own
 * settlement when the case settles per year, and 0 and {@code flows.net()} otherwise.
 */
public record PartyYear(int year, Flows flows, double settlement, double netAfterSettlement) {
}
