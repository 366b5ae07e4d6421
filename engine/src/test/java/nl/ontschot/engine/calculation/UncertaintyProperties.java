package nl.ontschot.engine.calculation;

import static nl.ontschot.engine.calculation.RandomCases.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.rng.UniformRandomProvider;

import nl.ontschot.engine.InvalidCaseException;

import nl.ontschot.engine.model.Case;
import nl.ontschot.engine.model.Parameter;
import nl.ontschot.engine.model.Quantity;
import nl.ontschot.engine.model.Uncertainty;
import nl.ontschot.engine.result.ArrangementResult;
import nl.ontschot.engine.result.CalculationResult;
import nl.ontschot.engine.result.PartyResult;
import nl.ontschot.engine.result.Statistics;
import nl.ontschot.engine.result.UncertaintyResult;

/** The Monte Carlo analysis, tornado and switching values of calculation.md 6.8 on random cases. */
class UncertaintyProperties {

	@Provide
	Arbitrary<Case> uncertain() {
		return Arbitraries.randomValue(r -> withUncertainty(r, false));
	}

	@Provide
	Arbitrary<Case> certain() {
		return Arbitraries.randomValue(r -> withUncertainty(r, true));
	}

	/**
	 * A random version 2 case (with actuals at times) with one to three uncertain fields given as plain numbers,
	 * each around its plan value; {@code collapsed}: every range is the plan value alone.
	 */
	static Case withUncertainty(Random r, boolean collapsed) {
		Case c = RandomCases.generateV2(r, r.nextInt(4));
		if (r.nextInt(3) == 0) {
			c = RandomCases.withActuals(r, c);
		}
		List<CaseFields.Field> fields = new ArrayList<>(CaseFields.all(c).stream()
				.filter(f -> f.target() != null && f.value() instanceof Quantity.Fixed).toList());
		List<Uncertainty.Input> inputs = new ArrayList<>();
		Set<String> targets = new HashSet<>();
		for (int n = 0, count = 1 + r.nextInt(3); n < count && !fields.isEmpty(); n++) {
			CaseFields.Field field = fields.remove(r.nextInt(fields.size()));
			if (targets.add(field.target())) {
				inputs.add(new Uncertainty.Input(field.target(), distribution(r, field, collapsed)));
			}
		}
		RandomCases.Edit e = RandomCases.edit(c);
		e.uncertainty = new Uncertainty(300 + r.nextInt(300), r.nextLong(), inputs);
		return e.done();
	}

	private static Uncertainty.Distribution distribution(Random r, CaseFields.Field field, boolean collapsed) {
		double plan = ((Quantity.Fixed) field.value()).value();
		if (collapsed) {
			return switch (r.nextInt(3)) {
				case 0 -> new Uncertainty.Uniform(plan, plan);
				case 1 -> new Uncertainty.Triangular(plan, plan, plan);
				default -> new Uncertainty.Pert(plan, plan, plan);
			};
		}
		// two other valid values of the field: the range between the lowest and the highest is valid too
		double a = CaseFields.random(r, field.kind());
		double b = CaseFields.random(r, field.kind());
		double min = Math.min(plan, Math.min(a, b));
		double max = Math.max(plan, Math.max(a, b));
		// a key figure drawn from a normal distribution could take a formula that uses it out of its range
		if (!field.target().startsWith("parameters.") && max > min && r.nextBoolean()) {
			return new Uncertainty.Normal(plan, (max - min) / 4);
		}
		return switch (r.nextInt(3)) {
			case 0 -> new Uncertainty.Uniform(min, max);
			case 1 -> new Uncertainty.Triangular(min, plan, max);
			default -> new Uncertainty.Pert(min, plan, max);
		};
	}

	@Property(tries = 40)
	void withEveryRangeAPointEveryStatisticIsTheDeterministicResult(@ForAll("certain") Case c) {
		CalculationResult result = Calculator.calculate(c);
		UncertaintyResult u = result.uncertainty().orElseThrow();
		double total = 0;
		for (PartyResult party : result.parties()) {
			UncertaintyResult.PartyStatistics s = u.parties().get(party.id());
			assertPoint(party.id() + " net", s.net(), party.pv().net());
			assertPoint(party.id() + " netAfterSettlement", s.netAfterSettlement(), party.netAfterSettlement());
			total += party.pv().net();
		}
		assertPoint("total", u.total(), total);
		for (ArrangementResult a : result.arrangements()) {
			a.conditionMet().ifPresent(met -> assertThat(u.conditionProbability().get(a.id())).isEqualTo(met ? 1.0 : 0.0));
		}
	}

	private static void assertPoint(String what, Statistics s, double value) {
		Close.assertClose(what + " mean", s.mean(), value);
		// the iterations evaluate incrementally: they may differ from the value in its last digits
		assertThat(s.sd()).as(what + " sd").isLessThanOrEqualTo(Close.RELATIVE * Math.max(1, Math.abs(value)));
		Close.assertClose(what + " p5", s.p5(), value);
		Close.assertClose(what + " p50", s.p50(), value);
		Close.assertClose(what + " p95", s.p95(), value);
		if (Math.abs(value + 1e-6) > 1e-6) {
			assertThat(s.probabilityNegative()).as(what).isEqualTo(value < -1e-6 ? 1.0 : 0.0);
		}
	}

	@Property(tries = 40)
	void probabilitiesLieIn0To1AndPercentilesAreInOrder(@ForAll("uncertain") Case c) {
		UncertaintyResult u = Calculator.calculate(c).uncertainty().orElseThrow();
		List<Statistics> all = new ArrayList<>();
		u.parties().values().forEach(s -> {
			all.add(s.net());
			all.add(s.netAfterSettlement());
		});
		all.add(u.total());
		for (Statistics s : all) {
			assertThat(s.probabilityNegative()).isBetween(0.0, 1.0);
			assertThat(s.p5()).isLessThanOrEqualTo(s.p50());
			assertThat(s.p50()).isLessThanOrEqualTo(s.p95());
			assertThat(s.sd()).isGreaterThanOrEqualTo(0);
		}
		u.conditionProbability().values().forEach(p -> assertThat(p).isBetween(0.0, 1.0));
	}

	/**
	 * The histogram counts every iteration once, spans the percentiles, and the iterations in bins wholly below 0
	 * are at most the ones below 0, those in bins that start below 0 at least.
	 */
	@Property(tries = 40)
	void theHistogramCountsEveryIterationBetweenTheLowestAndTheHighestValue(@ForAll("uncertain") Case c) {
		UncertaintyResult u = Calculator.calculate(c).uncertainty().orElseThrow();
		for (UncertaintyResult.PartyStatistics s : u.parties().values()) {
			UncertaintyResult.Histogram h = s.histogram();
			assertThat(h.counts().stream().mapToInt(Integer::intValue).sum()).isEqualTo(u.iterations());
			assertThat(h.from()).isLessThanOrEqualTo(s.netAfterSettlement().p5());
			assertThat(h.to()).isGreaterThanOrEqualTo(s.netAfterSettlement().p95());
			double negative = s.netAfterSettlement().probabilityNegative() * u.iterations();
			double slack = 1e-9 * Math.max(1, Math.abs(h.from()) + Math.abs(h.to()));
			int wholly = 0;
			int partly = 0;
			for (int b = 0; b < h.counts().size(); b++) {
				double lower = h.from() + b * h.width();
				wholly += lower + h.width() < -1e-6 - slack ? h.counts().get(b) : 0;
				partly += lower < -1e-6 + slack ? h.counts().get(b) : 0;
			}
			assertThat((double) wholly).isLessThanOrEqualTo(negative + 1e-9);
			assertThat((double) partly).isGreaterThanOrEqualTo(negative - 1e-9);
		}
	}

	/**
	 * A drawn value never replaces a realised one (6.8): a key figure realised in every year, drawn over a wide
	 * range, leaves every statistic at the deterministic result. The fields used once and BY_EXPENSE take the
	 * plan's value (6.2, 6.4, 6.10), which a draw does replace; so the property holds for the cases in which the
	 * key figure's plan value reaches none of them: those whose result does not move when that value does.
	 */
	@Property(tries = 30)
	void aKeyFigureRealisedInEveryYearIsNotMovedByItsDraws(@ForAll("random") Random r) {
		Case c = RandomCases.generateV2(r, r.nextInt(3));
		String drawn = r.nextBoolean() ? RandomCases.RATE : RandomCases.AMOUNT;
		double realised = drawn.equals(RandomCases.RATE) ? r.nextDouble() : r.nextInt(1000);
		RandomCases.Edit e = RandomCases.edit(c);
		e.actuals.clear();
		for (int t = 0; t < c.horizonYears(); t++) {
			e.actuals.add(new nl.ontschot.engine.model.Actual(c.startYear() + t, "", Map.of(drawn, realised),
					Map.of(), Map.of(), Map.of()));
		}
		e.uncertainty = new Uncertainty(200, r.nextLong(), List.of(new Uncertainty.Input("parameters." + drawn,
				new Uncertainty.Uniform(0, drawn.equals(RandomCases.RATE) ? 1 : 5000))));
		Case withDraws = e.done();
		double highest = drawn.equals(RandomCases.RATE) ? 1 : 5000;
		Assume.that(plannedAt(withDraws, drawn, 0).equals(netPerParty(withDraws))
				&& plannedAt(withDraws, drawn, highest).equals(netPerParty(withDraws)));

		CalculationResult result = Calculator.calculate(withDraws);
		UncertaintyResult u = result.uncertainty().orElseThrow();
		for (PartyResult party : result.parties()) {
			assertPoint(party.id() + " net", u.parties().get(party.id()).net(), party.pv().net());
			assertPoint(party.id() + " netAfterSettlement", u.parties().get(party.id()).netAfterSettlement(),
					party.netAfterSettlement());
		}
	}

	/** The pv net per party with the key figure's plan value set to {@code value}. */
	private static List<Double> plannedAt(Case c, String parameter, double value) {
		RandomCases.Edit e = RandomCases.edit(c);
		e.parameters.replaceAll(p -> p.id().equals(parameter)
				? new Parameter(p.id(), p.name(), q(value), p.unit(), p.description())
				: p);
		return netPerParty(e.done());
	}

	private static List<Double> netPerParty(Case c) {
		return Calculator.calculate(c).parties().stream().map(p -> p.pv().net()).toList();
	}

	@Provide
	Arbitrary<Random> random() {
		return Arbitraries.randomValue(r -> new Random(r.nextLong()));
	}

	@Property(tries = 20)
	void theSameSeedGivesTheSameStatisticsOnOneAndOnTwoThreads(@ForAll("uncertain") Case c) {
		PreparedCase p = PreparedCase.of(c);
		assertThat(MonteCarlo.run(p, 2, done -> {
		}, () -> false)).isEqualTo(MonteCarlo.run(p, 1, done -> {
		}, () -> false));
	}

	/**
	 * Draws into one buffer, one after another, give the very figures (bit for bit) of the variant with the same
	 * values: nothing of an earlier draw stays behind in the rows it rewrites.
	 */
	@Property(tries = 40)
	void drawsIntoOneBufferGiveTheFiguresOfTheVariantWithTheSameValues(@ForAll("uncertain") Case c) {
		PreparedCase p = PreparedCase.of(c);
		List<Uncertainty.Input> inputs = c.uncertainty().inputs();
		PreparedCase.Drawing drawing = p.drawing(p.draws(inputs.stream().map(Uncertainty.Input::target).toList()));
		UniformRandomProvider rng = MonteCarlo.stream(c.uncertainty().seed(), 0);
		Evaluation drawn = p.evaluation();
		Evaluation fresh = p.evaluation();
		for (int k = 0; k < 5; k++) {
			double[] values = new double[inputs.size()];
			Map<String, Quantity> byTarget = new LinkedHashMap<>();
			for (int i = 0; i < values.length; i++) {
				values[i] = MonteCarlo.sampler(inputs.get(i).distribution(), p.range(inputs.get(i).target()), rng)
						.sample();
				byTarget.put(inputs.get(i).target(), q(values[i]));
			}
			PreparedCase.Variant variant;
			try {
				variant = p.variant(byTarget);
			} catch (InvalidCaseException e) {
				assertThatThrownBy(() -> drawing.draw(values)).isInstanceOf(InvalidCaseException.class);
				continue;
			}
			fresh.run(variant, true);
			drawn.run(drawing.draw(values), true);
			assertThat(drawn.pvNet()).containsExactly(fresh.pvNet());
			assertThat(drawn.netAfterSettlement()).containsExactly(fresh.netAfterSettlement());
		}
	}

	/**
	 * At a switching value the party's net after settlement is 0 within a cent, or it jumps across 0 there (a
	 * condition or a settlement rule that switches): just below and just above it the signs differ.
	 */
	@Property(tries = 40)
	void aSwitchingValuePutsThePartysNetAfterSettlementAt0(@ForAll("uncertain") Case c) {
		UncertaintyResult u = Calculator.calculate(c).uncertainty().orElseThrow();
		PreparedCase p = PreparedCase.of(c);
		Evaluation e = p.evaluation();
		List<String> parties = c.parties().stream().map(party -> party.id()).toList();
		for (UncertaintyResult.SwitchingValue s : u.switching()) {
			if (s.value().isEmpty()) {
				continue;
			}
			int party = parties.indexOf(s.party());
			double v = s.value().getAsDouble();
			UncertaintyResult.TornadoBar bar = u.tornado().stream().filter(b -> b.target().equals(s.target()))
					.findFirst().orElseThrow();
			double step = 1e-9 * (bar.high() - bar.low());
			double at = settled(p, e, s.target(), v, party);
			if (Math.abs(at) > 0.01) {
				double below = settled(p, e, s.target(), Math.max(bar.low(), v - step), party);
				double above = settled(p, e, s.target(), Math.min(bar.high(), v + step), party);
				assertThat(below > 0 != above > 0).as("%s %s at %s: %s", s.party(), s.target(), v, at).isTrue();
			}
		}
	}

	private static double settled(PreparedCase p, Evaluation e, String target, double value, int party) {
		e.run(p.variant(Map.of(target, q(value))), true);
		return e.netAfterSettlement()[party];
	}

	@Example
	void progressCountsTheIterationsAndCancellingStopsBeforeTheNextBlock() {
		Case c = withUncertainty(new Random(3), false);
		PreparedCase p = PreparedCase.of(c);
		AtomicInteger done = new AtomicInteger();
		MonteCarlo.run(p, 1, done::set, () -> false);
		assertThat(done.get()).isEqualTo(c.uncertainty().iterations());

		AtomicInteger blocks = new AtomicInteger();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> MonteCarlo.run(p, 1, n -> blocks.incrementAndGet(),
				() -> blocks.get() >= 1)).isInstanceOf(CancellationException.class);
		assertThat(blocks.get()).isEqualTo(1);
	}
}
