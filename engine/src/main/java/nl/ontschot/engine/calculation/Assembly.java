package nl.ontschot.engine.calculation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.IntConsumer;

import nl.ontschot.engine.Notice;
import nl.ontschot.engine.model.Arrangement;
import nl.ontschot.engine.model.Domain;
import nl.ontschot.engine.model.KeyMethod;
import nl.ontschot.engine.model.Party;
import nl.ontschot.engine.model.Scenario;
import nl.ontschot.engine.result.ArrangementResult;
import nl.ontschot.engine.result.CalculationResult;
import nl.ontschot.engine.result.UncertaintyResult;
import nl.ontschot.engine.result.Comparison;
import nl.ontschot.engine.result.CoreCheck;
import nl.ontschot.engine.result.DomainShare;
import nl.ontschot.engine.result.Flows;
import nl.ontschot.engine.result.PartyResult;
import nl.ontschot.engine.result.PartyYear;
import nl.ontschot.engine.result.PresentValue;
import nl.ontschot.engine.result.ScenarioResult;
import nl.ontschot.engine.result.SettlementResult;
import nl.ontschot.engine.result.SteadyState;
import nl.ontschot.engine.result.YearFigures;

/**
 * Assembles the full result (calculation.md sections 4 and 6.9) from an evaluation of the case itself, plus
 * the plan without actuals, the scenarios and the arrangement comparison where the case has them.
 */
final class Assembly {

	/** Below this size a domain's figures count as 0 (6.9). */
	private static final double DOMAIN_ZERO = 1e-9;
	/** A cumulative net below −1e-6 counts as below 0 (6.9). */
	private static final double BELOW_ZERO = -1e-6;

	private final PreparedCase p;
	private final Evaluation e;
	private final List<String> partyIds;
	private final int parties;
	private final int years;
	/** The plan without actuals, evaluated when the case has actuals. */
	private Evaluation planned;

	Assembly(PreparedCase p) {
		this.p = p;
		this.e = p.evaluation();
		this.partyIds = p.c.parties().stream().map(Party::id).toList();
		this.parties = p.parties;
		this.years = p.years;
	}

	/**
	 * @param withUncertainty whether the Monte Carlo run, tornado and switching values (6.8) are part of it
	 * @param progress hears the number of iterations done of the Monte Carlo run
	 */
	CalculationResult result(boolean withUncertainty, IntConsumer progress) {
		e.run(p.base(), true);
		List<PartyResult> partyResults = new ArrayList<>(parties);
		Flows caseTotal = Flows.ZERO;
		PresentValue casePv = PresentValue.ZERO;
		for (int i = 0; i < parties; i++) {
			PartyResult party = party(i);
			partyResults.add(party);
			caseTotal = caseTotal.plus(party.total());
			casePv = casePv.plus(party.pv());
		}
		List<Integer> calendarYears = new ArrayList<>(years);
		for (int t = 0; t < years; t++) {
			calendarYears.add(p.c.year(t));
		}
		boolean v2 = p.c.schemaVersion() == 2;
		return new CalculationResult(p.c.schemaVersion(), p.c.name(), calendarYears, partyResults, caseTotal, casePv,
				settlement(e), warnings(), domainShares(), v2 ? parameters() : Map.of(),
				v2 ? arrangements() : List.of(), v2 ? comparison() : List.of(),
				v2 && !p.c.scenarios().isEmpty() ? scenarios() : List.of(),
				v2 && !p.c.actuals().isEmpty() ? plan() : Map.of(),
				v2 && !p.c.actuals().isEmpty() ? variance() : Map.of(),
				withUncertainty && v2 && p.c.uncertainty().given() ? Optional.of(uncertainty(progress))
						: Optional.empty(),
				v2 && !p.c.actuals().isEmpty() ? Optional.of(settlement(planned())) : Optional.empty());
	}

	/** The uncertainty part (6.8): the Monte Carlo statistics on every processor, the tornado and switching. */
	private UncertaintyResult uncertainty(IntConsumer progress) {
		return p.uncertainty(Runtime.getRuntime().availableProcessors(), progress, () -> false);
	}

	private PartyResult party(int i) {
		Party party = p.c.parties().get(i);
		List<PartyYear> partyYears = new ArrayList<>(years);
		Flows total = Flows.ZERO;
		double pvNet = 0;
		double pvCapacity = 0;
		double pvSocietal = 0;
		double basisNet = 0;
		double[] net = new double[years];
		for (int t = 0; t < years; t++) {
			Flows flows = e.ledger.flows(i, t);
			double yearSettlement = e.transfersPerYear[i * years + t];
			partyYears.add(new PartyYear(p.c.year(t), flows, yearSettlement, flows.net() + yearSettlement));
			total = total.plus(flows);
			pvNet += e.discountFactor[t] * flows.net();
			pvCapacity += e.discountFactor[t] * flows.capacity();
			pvSocietal += e.discountFactor[t] * flows.societal();
			basisNet += e.weight[t] * flows.net();
			net[t] = flows.net();
		}
		double[] s = e.steady[i];
		SteadyState steadyState = new SteadyState(
				new SteadyState.Side(s[Evaluation.CURRENT_EXPENSE], s[Evaluation.CURRENT_REVENUE],
						s[Evaluation.CURRENT_OPERATING_COST], s[Evaluation.CURRENT_HOURS]),
				new SteadyState.Side(s[Evaluation.FUTURE_EXPENSE], s[Evaluation.FUTURE_REVENUE],
						s[Evaluation.FUTURE_OPERATING_COST], s[Evaluation.FUTURE_HOURS]),
				s[Evaluation.STRUCTURAL_ITEM_COSTS], s[Evaluation.STRUCTURAL_ITEM_BENEFITS]);
		double transfer = e.transfers[i];
		return new PartyResult(party.id(), party.name(), partyYears, total, new PresentValue(pvNet, pvCapacity,
				pvSocietal), transfer, basisNet + transfer, steadyState, paybackYear(net));
	}

	/**
	 * paybackYear (6.9): the first calendar year from which the cumulative nominal net stays at or above 0 up to
	 * the end of the horizon; empty when it ends below 0 (below −1e-6 counts as below 0).
	 */
	private OptionalInt paybackYear(double[] net) {
		double[] cumulative = new double[years];
		double sum = 0;
		for (int t = 0; t < years; t++) {
			sum += net[t];
			cumulative[t] = sum;
		}
		if (cumulative[years - 1] < BELOW_ZERO) {
			return OptionalInt.empty();
		}
		int from = years - 1;
		while (from > 0 && cumulative[from - 1] >= BELOW_ZERO) {
			from--;
		}
		return OptionalInt.of(p.c.year(from));
	}

	private SettlementResult settlement(Evaluation run) {
		Map<String, Double> byParty = new LinkedHashMap<>();
		for (int i = 0; i < parties; i++) {
			byParty.put(partyIds.get(i), run.transfers[i]);
		}
		CoreCheck core = run.coreCheck();
		return new SettlementResult(run.terms.method(), run.terms.basis(), run.terms.perYear(),
				run.terms.includeCapacity(), byParty, Payments.of(partyIds, run.transfers), core);
	}

	private List<Notice> warnings() {
		List<Notice> warnings = new ArrayList<>(p.warnings);
		for (int k = 0; k < p.keys.size(); k++) {
			if (e.keyFellBack(k)) {
				String key = p.c.allocationKeys().get(k).id();
				warnings.add(Notice.of("allocationKeys." + key, p.keys.get(k).method() == KeyMethod.BY_EXPENSE
						? "warning.noPositiveExpense" : "warning.noPositiveBenefit"));
			}
		}
		return warnings;
	}

	/**
	 * Each party's net by the domain of the line it comes from (arrangement transfers and lines without a
	 * domain under none), nominal and at present value; a domain whose both figures are below 1e-9 in size is
	 * left out. In the order of the domains of section 2, none last.
	 */
	private List<DomainShare> domainShares() {
		List<DomainShare> shares = new ArrayList<>();
		for (int i = 0; i < parties; i++) {
			for (int d = 0; d < Evaluation.DOMAINS; d++) {
				double nominal = 0;
				double present = 0;
				for (int t = 0; t < years; t++) {
					double v = e.domainNet[e.domainAt(d == Evaluation.DOMAINS - 1 ? -1 : d, i, t)];
					nominal += v;
					present += e.discountFactor[t] * v;
				}
				if (Math.abs(nominal) >= DOMAIN_ZERO || Math.abs(present) >= DOMAIN_ZERO) {
					Optional<Domain> domain = d == Evaluation.DOMAINS - 1 ? Optional.empty()
							: Optional.of(Domain.values()[d]);
					shares.add(new DomainShare(partyIds.get(i), domain, nominal, present));
				}
			}
		}
		return shares;
	}

	/** Each key figure's value per year as used (realised where the realisation gives it). */
	private Map<String, List<Double>> parameters() {
		Map<String, List<Double>> values = new LinkedHashMap<>();
		for (int q = 0; q < p.parameterIds.size(); q++) {
			values.put(p.parameterIds.get(q), list(e.rows[q]));
		}
		return values;
	}

	private List<ArrangementResult> arrangements() {
		List<ArrangementResult> results = new ArrayList<>();
		List<Arrangement> arrangements = p.c.arrangements();
		for (int a = 0; a < arrangements.size(); a++) {
			Arrangement arrangement = arrangements.get(a);
			double[] transfers = e.arrangementTransfers[a];
			Map<String, List<Double>> perYear = new LinkedHashMap<>();
			Map<String, Double> total = new LinkedHashMap<>();
			Map<String, Double> pv = new LinkedHashMap<>();
			for (int i = 0; i < parties; i++) {
				double[] row = new double[years];
				double sum = 0;
				double present = 0;
				for (int t = 0; t < years; t++) {
					row[t] = transfers[i * years + t];
					sum += row[t];
					present += e.discountFactor[t] * row[t];
				}
				perYear.put(partyIds.get(i), list(row));
				total.put(partyIds.get(i), sum);
				pv.put(partyIds.get(i), present);
			}
			OptionalDouble irr = OptionalDouble.empty();
			if (arrangement instanceof Arrangement.ImpactBond bond) {
				int investor = p.partyIndex.get(bond.investor());
				double[] investorTransfers = new double[years];
				for (int t = 0; t < years; t++) {
					investorTransfers[t] = transfers[investor * years + t];
				}
				irr = Irr.of(investorTransfers);
			}
			results.add(new ArrangementResult(arrangement.id(), arrangement.name(), arrangement.type(), perYear, total,
					pv, e.hasCondition[a] ? Optional.of(e.conditionMet[a]) : Optional.empty(), irr));
		}
		return results;
	}

	/** The pv net per party with no arrangement and with each arrangement alone, all without settlement. */
	private List<Comparison> comparison() {
		List<Comparison> rows = new ArrayList<>();
		double[] none = new double[parties];
		for (int i = 0; i < parties; i++) {
			for (int t = 0; t < years; t++) {
				none[i] += e.discountFactor[t] * e.netBeforeArrangements[i * years + t];
			}
		}
		rows.add(new Comparison("none", byParty(none)));
		for (int a = 0; a < p.c.arrangements().size(); a++) {
			double[] with = none.clone();
			for (int i = 0; i < parties; i++) {
				for (int t = 0; t < years; t++) {
					with[i] += e.discountFactor[t] * e.arrangementTransfers[a][i * years + t];
				}
			}
			rows.add(new Comparison(p.c.arrangements().get(a).id(), byParty(with)));
		}
		return rows;
	}

	/** The base and each scenario side by side: per party pv net and net after settlement. */
	private List<ScenarioResult> scenarios() {
		List<ScenarioResult> results = new ArrayList<>();
		Evaluation other = p.evaluation();
		results.add(scenario("base", Optional.empty(), e));
		for (int s = 0; s < p.c.scenarios().size(); s++) {
			Scenario scenario = p.c.scenarios().get(s);
			other.run(p.scenario(s), true);
			results.add(scenario(scenario.id(), scenario.name().isEmpty() ? Optional.empty()
					: Optional.of(scenario.name()), other));
		}
		return results;
	}

	private ScenarioResult scenario(String id, Optional<String> name, Evaluation run) {
		Map<String, ScenarioResult.Outcome> outcomes = new LinkedHashMap<>();
		double total = 0;
		for (int i = 0; i < parties; i++) {
			outcomes.put(partyIds.get(i), new ScenarioResult.Outcome(run.pvNet()[i], run.netAfterSettlement()[i]));
			total += run.pvNet()[i];
		}
		return new ScenarioResult(id, name, outcomes, total);
	}

	/** The plan: the same figures without actuals (6.7). */
	private Map<String, YearFigures> plan() {
		return netFigures(planned(), null);
	}

	/** Realised + plan minus the plan, per party per year and at present value. */
	private Map<String, YearFigures> variance() {
		return netFigures(e, planned());
	}

	/** The plan evaluated without actuals, once for both {@link #plan()} and {@link #variance()}. */
	private Evaluation planned() {
		if (planned == null) {
			planned = p.evaluation();
			planned.run(p.base(), false);
		}
		return planned;
	}

	private Map<String, YearFigures> netFigures(Evaluation run, Evaluation minus) {
		Map<String, YearFigures> figures = new LinkedHashMap<>();
		for (int i = 0; i < parties; i++) {
			double[] net = new double[years];
			double pv = 0;
			for (int t = 0; t < years; t++) {
				net[t] = run.ledger.net(i, t) - (minus == null ? 0 : minus.ledger.net(i, t));
				pv += run.discountFactor[t] * net[t];
			}
			figures.put(partyIds.get(i), new YearFigures(list(net), pv));
		}
		return figures;
	}

	private Map<String, Double> byParty(double[] values) {
		Map<String, Double> map = new LinkedHashMap<>();
		for (int i = 0; i < parties; i++) {
			map.put(partyIds.get(i), values[i]);
		}
		return map;
	}

	private static List<Double> list(double[] values) {
		List<Double> list = new ArrayList<>(values.length);
		for (double v : values) {
			list.add(v);
		}
		return list;
	}
}
