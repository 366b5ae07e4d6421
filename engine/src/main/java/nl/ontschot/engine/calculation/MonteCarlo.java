package nl.ontschot.engine.calculation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.apache.commons.statistics.distribution.UniformContinuousDistribution;

import nl.ontschot.engine.InvalidCaseException;
import nl.ontschot.engine.Notice;
import nl.ontschot.engine.model.Party;
import nl.ontschot.engine.model.Uncertainty;
import nl.ontschot.engine.result.Statistics;
import nl.ontschot.engine.result.UncertaintyResult.Histogram;
import nl.ontschot.engine.result.UncertaintyResult.PartyStatistics;
import nl.ontschot.engine.schema.Range;

/**
 * The Monte Carlo analysis of calculation.md 6.8: each iteration draws every input independently, replaces the
 * field's plan value in every year with it (realised years stay as realised), evaluates the case and settles
 * it with the case's method (no core check). Per party the statistics of its {@code pv.net} and its
 * {@code netAfterSettlement}, those of the total pv net, and per arrangement with a condition the share of
 * iterations in which it held ({@code conditionMet}: for OUTCOME_PAYMENT, in every active year).
 * <p>
 * The iterations are drawn in blocks of {@link #BLOCK}; block b draws from its own stream, seeded with outputs
 * 2b and 2b + 1 of SplitMix64 started at the case's seed, so the figures depend on the seed only, never on
 * the number of threads. Per iteration only numbers are kept, in arrays.
 */
public final class MonteCarlo {

	/** Iterations that draw from one random stream. */
	static final int BLOCK = 256;
	/** A value counts as below 0 when it is below −1e-6 (6.9). */
	private static final double BELOW_ZERO = -1e-6;
	private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

	/** The figures over the iterations; {@code conditionProbability} by arrangement id. */
	public record Summary(int iterations, Map<String, PartyStatistics> parties, Statistics total,
			Map<String, Double> conditionProbability) {
	}

	private final PreparedCase p;
	private final List<Uncertainty.Input> inputs;
	private final Range[] ranges;
	private final PreparedCase.Draws draws;
	private final int iterations;
	private final long seed;
	private final int parties;
	/** The arrangements with a condition, by index. */
	private final int[] conditioned;
	/** Per party per iteration: pv net and net after settlement; per iteration the total pv net. */
	private final double[][] net;
	private final double[][] settled;
	private final double[] total;
	/** Per arrangement with a condition, per iteration: whether it held. */
	private final boolean[][] held;

	private MonteCarlo(PreparedCase p) {
		this.p = p;
		Uncertainty u = p.c.uncertainty();
		this.inputs = u.inputs();
		this.ranges = inputs.stream().map(i -> p.range(i.target())).toArray(Range[]::new);
		this.draws = p.draws(inputs.stream().map(Uncertainty.Input::target).toList());
		this.iterations = u.iterations();
		this.seed = u.seed();
		this.parties = p.parties;
		this.conditioned = IntStream.range(0, p.c.arrangements().size())
				.filter(a -> p.c.arrangements().get(a).condition().isPresent()).toArray();
		this.net = new double[parties][iterations];
		this.settled = new double[parties][iterations];
		this.total = new double[iterations];
		this.held = new boolean[conditioned.length][iterations];
	}

	/**
	 * Runs the iterations of the case's uncertainty on {@code threads} threads; {@code progress} hears the
	 * number of iterations done after each block, {@code cancelled} is asked before each block (and a
	 * {@link CancellationException} ends the run when it says yes).
	 */
	public static Summary run(PreparedCase p, int threads, IntConsumer progress, BooleanSupplier cancelled) {
		return new MonteCarlo(p).all(threads, progress, cancelled);
	}

	private Summary all(int threads, IntConsumer progress, BooleanSupplier cancelled) {
		int blocks = (iterations + BLOCK - 1) / BLOCK;
		AtomicInteger next = new AtomicInteger();
		AtomicInteger done = new AtomicInteger();
		Runnable worker = () -> {
			Evaluation e = p.partyEvaluation();
			PreparedCase.Drawing drawing = p.drawing(draws);
			for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
				if (cancelled.getAsBoolean()) {
					throw new CancellationException();
				}
				progress.accept(done.addAndGet(block(b, e, drawing)));
			}
		};
		int workers = Math.max(1, Math.min(threads, blocks));
		if (workers == 1) {
			worker.run();
		} else {
			runOn(workers, worker);
		}
		return summary();
	}

	private static void runOn(int workers, Runnable worker) {
		ExecutorService pool = Executors.newFixedThreadPool(workers);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int w = 0; w < workers; w++) {
				futures.add(pool.submit(worker));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		} catch (ExecutionException e) {
			throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CancellationException();
		} finally {
			pool.shutdownNow();
		}
	}

	/** Evaluates the iterations of block b; returns how many. */
	private int block(int b, Evaluation e, PreparedCase.Drawing drawing) {
		UniformRandomProvider rng = stream(seed, b);
		ContinuousDistribution.Sampler[] samplers = new ContinuousDistribution.Sampler[inputs.size()];
		for (int i = 0; i < samplers.length; i++) {
			samplers[i] = sampler(inputs.get(i).distribution(), ranges[i], rng);
		}
		int from = b * BLOCK;
		int to = Math.min(iterations, from + BLOCK);
		double[] values = new double[samplers.length];
		for (int k = from; k < to; k++) {
			for (int i = 0; i < samplers.length; i++) {
				values[i] = samplers[i].sample();
			}
			e.run(drawn(drawing, values), true);
			double sum = 0;
			for (int party = 0; party < parties; party++) {
				net[party][k] = e.pvNet()[party];
				settled[party][k] = e.netAfterSettlement()[party];
				sum += e.pvNet()[party];
			}
			total[k] = sum;
			for (int c = 0; c < conditioned.length; c++) {
				held[c][k] = e.conditionMet[conditioned[c]];
			}
		}
		return to - from;
	}

	/**
	 * The case with drawn values. Each lies in its own field's range, but a drawn key figure can take a formula
	 * that uses it out of its range: that is a problem of the uncertainty, reported there with the field named.
	 */
	static PreparedCase.Variant drawn(PreparedCase.Drawing drawing, double[] values) {
		try {
			return drawing.draw(values);
		} catch (InvalidCaseException e) {
			throw new InvalidCaseException(e.problems().stream().map(n -> Notice.of("uncertainty",
					"error.uncertainty.drawn", n.path(), Notice.of("", n.key(), n.args().toArray()))).toList());
		}
	}

	/**
	 * The random stream of block b: XO_RO_SHI_RO_128_PP seeded with outputs 2b and 2b + 1 of SplitMix64
	 * started at {@code seed} (the well-known mix of Steele, Lea and Flood).
	 */
	static UniformRandomProvider stream(long seed, int b) {
		long first = splitMix(seed + (2L * b + 1) * GOLDEN_GAMMA);
		long second = splitMix(seed + (2L * b + 2) * GOLDEN_GAMMA);
		return RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] { first, second });
	}

	private static long splitMix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/**
	 * A sampler of an input's distribution (6.8); a range collapsed to a point gives that point. PERT is the
	 * beta distribution with {@code α = 1 + 4(mode − min)/(max − min)}, {@code β = 1 + 4(max − mode)/(max − min)}
	 * scaled to [min, max]; NORMAL draws again until the value is inside the field's valid range.
	 */
	static ContinuousDistribution.Sampler sampler(Uncertainty.Distribution d, Range range, UniformRandomProvider rng) {
		if (d instanceof Uncertainty.Normal normal) {
			ContinuousDistribution.Sampler s = NormalDistribution.of(normal.mean(), normal.sd()).createSampler(rng);
			return () -> {
				double v = s.sample();
				while (!range.contains(v)) {
					v = s.sample();
				}
				return v;
			};
		}
		double min = d.low(range.min());
		double max = d.high(range.max());
		if (min == max) {
			return () -> min;
		}
		if (d instanceof Uncertainty.Uniform) {
			return UniformContinuousDistribution.of(min, max).createSampler(rng);
		}
		if (d instanceof Uncertainty.Triangular t) {
			return TriangularDistribution.of(min, t.mode(), max).createSampler(rng);
		}
		double mode = ((Uncertainty.Pert) d).mode();
		double width = max - min;
		ContinuousDistribution.Sampler beta = BetaDistribution
				.of(1 + 4 * (mode - min) / width, 1 + 4 * (max - mode) / width).createSampler(rng);
		return () -> min + width * beta.sample();
	}

	private Summary summary() {
		Map<String, PartyStatistics> byParty = new LinkedHashMap<>();
		List<Party> list = p.c.parties();
		for (int party = 0; party < parties; party++) {
			byParty.put(list.get(party).id(), new PartyStatistics(statistics(net[party]), statistics(settled[party]),
					histogram(settled[party])));
		}
		Map<String, Double> probability = new LinkedHashMap<>();
		for (int c = 0; c < conditioned.length; c++) {
			int count = 0;
			for (boolean h : held[c]) {
				count += h ? 1 : 0;
			}
			probability.put(p.c.arrangements().get(conditioned[c]).id(), (double) count / iterations);
		}
		return new Summary(iterations, byParty, statistics(total), probability);
	}

	/**
	 * S over the iterations (6.8): mean, sd with n − 1 (0 for one iteration), percentiles by nearest rank (the
	 * value at rank ⌈q·n/100⌉ of the sorted values) and the share below 0.
	 */
	static Statistics statistics(double[] values) {
		int n = values.length;
		double sum = 0;
		int negative = 0;
		for (double v : values) {
			sum += v;
			negative += v < BELOW_ZERO ? 1 : 0;
		}
		double mean = sum / n;
		double squares = 0;
		for (double v : values) {
			squares += (v - mean) * (v - mean);
		}
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return new Statistics(mean, n > 1 ? Math.sqrt(squares / (n - 1)) : 0, rank(sorted, 5), rank(sorted, 50),
				rank(sorted, 95), (double) negative / n);
	}

	/** Bins of the histogram of a party's net after settlement. */
	static final int BINS = 20;

	/** The values counted in {@link #BINS} bins of equal width from the lowest to the highest value. */
	static Histogram histogram(double[] values) {
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (double v : values) {
			min = Math.min(min, v);
			max = Math.max(max, v);
		}
		// a spread within a cent is one value to the reader
		if (max - min < 0.01) {
			return new Histogram(min, max, List.of(values.length));
		}
		int[] counts = new int[BINS];
		double width = (max - min) / BINS;
		for (double v : values) {
			counts[Math.min(BINS - 1, (int) ((v - min) / width))]++;
		}
		return new Histogram(min, max, Arrays.stream(counts).boxed().toList());
	}

	private static double rank(double[] sorted, int percent) {
		// whole numbers: q·n/100 in floating point could round past an integer
		long rank = ((long) percent * sorted.length + 99) / 100;
		return sorted[(int) Math.max(1, rank) - 1];
	}
}
