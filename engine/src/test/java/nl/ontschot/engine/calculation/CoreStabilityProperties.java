package nl.ontschot.engine.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.ontschot.engine.result.CoreCheck;

/** The core check and the Shapley division against the definitions, by brute force over small games. */
class CoreStabilityProperties {

	/** A game: per source its required parties and value, and final values y for the parties. */
	record Game(List<String> parties, List<int[]> required, double[] value, double[] y) {
	}

	@Provide
	Arbitrary<Game> games() {
		return Arbitraries.randomValue(CoreStabilityProperties::game);
	}

	static Game game(Random r) {
		int n = 1 + r.nextInt(8);
		List<String> parties = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			parties.add("p" + i);
		}
		int sources = r.nextInt(12);
		List<int[]> required = new ArrayList<>();
		double[] value = new double[sources];
		for (int k = 0; k < sources; k++) {
			int mask = 1 + r.nextInt((1 << n) - 1);
			required.add(members(mask, n));
			value[k] = (r.nextDouble() - 0.4) * 1000;
		}
		double[] y = r.nextBoolean() ? FairDivision.shapley(n, required, value) : new double[n];
		for (int i = 0; i < n; i++) {
			y[i] += r.nextInt(3) == 0 ? (r.nextDouble() - 0.5) * 300 : 0;
		}
		return new Game(parties, required, value, y);
	}

	private static int[] members(int mask, int n) {
		return java.util.stream.IntStream.range(0, n).filter(i -> (mask & (1 << i)) != 0).toArray();
	}

	@Property
	void coreCheckAgreesWithALoopOverCoalitionsAndSources(@ForAll("games") Game g) {
		int n = g.parties().size();
		double worst = 0;
		int worstMask = 0;
		for (int s = 1; s < (1 << n) - 1; s++) {
			double v = 0;
			for (int k = 0; k < g.value().length; k++) {
				boolean inside = true;
				for (int i : g.required().get(k)) {
					inside &= (s & (1 << i)) != 0;
				}
				if (inside) {
					v += g.value()[k];
				}
			}
			double y = 0;
			for (int i : members(s, n)) {
				y += g.y()[i];
			}
			if (v - y > 0.000001 && (worstMask == 0 || CoreStability.isWorse(v - y, s, worst, worstMask))) {
				worst = v - y;
				worstMask = s;
			}
		}

		CoreCheck check = CoreStability.check(g.parties(), g.y(), g.required(), g.value());

		assertThat(check.checked()).isTrue();
		assertThat(check.stable()).isEqualTo(worstMask == 0);
		if (worstMask != 0) {
			assertThat(check.shortfall()).isCloseTo(worst, within(1e-6));
			List<String> expected = new ArrayList<>();
			for (int i : members(worstMask, n)) {
				expected.add(g.parties().get(i));
			}
			assertThat(check.coalition()).isEqualTo(expected);
		}
	}

	@Property
	void shapleyIsEfficient(@ForAll("games") Game g) {
		double[] y = FairDivision.shapley(g.parties().size(), g.required(), g.value());

		assertThat(FairDivision.total(y)).isCloseTo(FairDivision.total(g.value()), within(1e-6));
	}

	@Property
	void shapleyMatchesTheMarginalContributionFormula(@ForAll("games") Game g) {
		int n = g.parties().size();
		double[] y = FairDivision.shapley(n, g.required(), g.value());
		double[] factorial = new double[n + 1];
		factorial[0] = 1;
		for (int i = 1; i <= n; i++) {
			factorial[i] = factorial[i - 1] * i;
		}
		for (int i = 0; i < n; i++) {
			double phi = 0;
			for (int s = 0; s < (1 << n); s++) {
				if ((s & (1 << i)) != 0) {
					continue;
				}
				int size = Integer.bitCount(s);
				double weight = factorial[size] * factorial[n - size - 1] / factorial[n];
				phi += weight * (worth(g, s | (1 << i)) - worth(g, s));
			}
			assertThat(y[i]).isCloseTo(phi, within(1e-6));
		}
	}

	private static double worth(Game g, int coalition) {
		double v = 0;
		for (int k = 0; k < g.value().length; k++) {
			int mask = 0;
			for (int i : g.required().get(k)) {
				mask |= 1 << i;
			}
			if ((mask & coalition) == mask) {
				v += g.value()[k];
			}
		}
		return v;
	}

	@Example
	void coreCheckIsSkippedAboveTwentyParties() {
		List<String> parties = new ArrayList<>();
		for (int i = 0; i < 21; i++) {
			parties.add("p" + i);
		}
		assertThat(CoreStability.check(parties, new double[21], List.of(), new double[0]).checked()).isFalse();
	}
}
