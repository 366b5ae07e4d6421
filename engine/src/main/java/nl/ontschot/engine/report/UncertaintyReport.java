package nl.ontschot.engine.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import nl.ontschot.engine.model.Arrangement;
import nl.ontschot.engine.model.Case;
import nl.ontschot.engine.model.Party;
import nl.ontschot.engine.result.Statistics;
import nl.ontschot.engine.result.UncertaintyResult;

/**
 * A Monte Carlo run (calculation.md 6.8) as every output shows it: per party the chance that its net after
 * settlement ends below 0 and its p5, p50 and p95 in whole euros (with the engine's statistics beside them),
 * the tornado with its totals in whole euros, the switching values that exist, and the chance that each
 * arrangement's condition holds. Inputs are named by their target; outputs put it in words.
 */
public record UncertaintyReport(int iterations, List<PartyRisk> parties, Statistics total, List<Bar> tornado,
		List<Switch> switching, List<ConditionChance> conditions) {

	public UncertaintyReport {
		parties = List.copyOf(parties);
		tornado = List.copyOf(tornado);
		switching = List.copyOf(switching);
		conditions = List.copyOf(conditions);
	}

	/** A party's risk: the band of its net after settlement as shown, and the engine's statistics. */
	public record PartyRisk(String party, String name, double chanceNegative, long p5, long p50, long p95,
			Statistics net, Statistics netAfterSettlement) {
	}

	/** An input at its low and high value, and the total net after settlement with each. */
	public record Bar(String target, double low, double high, long totalLow, long totalHigh) {
	}

	/** The value of an input at which a party breaks even. */
	public record Switch(String party, String name, String target, double value) {
	}

	/** The share of the iterations in which an arrangement's condition held. */
	public record ConditionChance(String arrangement, String name, double chance) {
	}

	/** The run's report: parties in the case's order, a party the run did not cover left out. */
	public static UncertaintyReport of(Case c, UncertaintyResult u) {
		List<PartyRisk> parties = new ArrayList<>();
		for (Party p : c.parties()) {
			UncertaintyResult.PartyStatistics s = u.parties().get(p.id());
			if (s != null) {
				Statistics after = s.netAfterSettlement();
				parties.add(new PartyRisk(p.id(), p.name(), after.probabilityNegative(), euros(after.p5()),
						euros(after.p50()), euros(after.p95()), s.net(), after));
			}
		}
		List<Bar> tornado = u.tornado().stream().map(b -> new Bar(b.target(), b.low(), b.high(),
				euros(b.total().low()), euros(b.total().high()))).toList();
		List<Switch> switching = u.switching().stream().filter(v -> v.value().isPresent())
				.map(v -> new Switch(v.party(), partyName(c, v.party()), v.target(), v.value().getAsDouble()))
				.toList();
		List<ConditionChance> conditions = new ArrayList<>();
		for (Map.Entry<String, Double> e : u.conditionProbability().entrySet()) {
			String name = c.arrangements().stream().filter(a -> a.id().equals(e.getKey())).map(Arrangement::name)
					.filter(n -> !n.isBlank()).findFirst().orElse(e.getKey());
			conditions.add(new ConditionChance(e.getKey(), name, e.getValue()));
		}
		return new UncertaintyReport(u.iterations(), parties, u.total(), tornado, switching, conditions);
	}

	/** The parties most likely to end below zero after settlement, the likeliest first (at most {@code n}). */
	public List<PartyRisk> mostAtRisk(int n) {
		return parties.stream().sorted(Comparator.comparingDouble(PartyRisk::chanceNegative).reversed()).limit(n)
				.toList();
	}

	private static String partyName(Case c, String id) {
		return c.parties().stream().filter(p -> p.id().equals(id)).map(Party::name).findFirst().orElse(id);
	}

	private static long euros(double value) {
		return Unit.EURO.round(value);
	}
}
