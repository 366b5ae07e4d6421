package nl.ontschot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import nl.ontschot.engine.calculation.Calculator;
import nl.ontschot.engine.calculation.Evaluation;
import nl.ontschot.engine.calculation.MonteCarlo;
import nl.ontschot.engine.calculation.PreparedCase;
import nl.ontschot.engine.json.CaseJson;
import nl.ontschot.engine.json.ResultJson;
import nl.ontschot.engine.model.Case;
import nl.ontschot.engine.model.Quantity;
import nl.ontschot.engine.result.CalculationResult;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The engine on the shared benchmark cases. Run from the project root:
 * {@code ./mvnw -q -Pbench -pl bench -am package -DskipTests && java -jar bench/target/benchmarks.jar}.
 * Goals (issue 2): a full calculation of the 25-party case under 20 ms warm; the 20-party case, whose core
 * check runs over 2^20 coalitions, under 50 ms. Issue 8: the prepared evaluation of the 25-party case (pv net
 * and net after settlement per party, no core check) under 100 µs; the full version 2 result of the same case
 * with 3 scenarios and 5 arrangements under 20 ms. Issue 9: 100,000 Monte Carlo iterations of that case with 10
 * uncertain inputs on its own fields (statistics only, no tornado or switching values) on every processor
 * under 2 s; the same with the 3 scenarios, 5 arrangements and key figures above as a heavier case.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EngineBenchmark {

	private String json25;
	private Case case25;
	private Case case20;
	private PreparedCase prepared25;
	private Evaluation evaluation25;
	private PreparedCase.Variant variant25;
	private Case case25v2;
	private Evaluation evaluation25v2;
	private PreparedCase.Variant variant25v2;
	private PreparedCase uncertain25;
	private PreparedCase uncertain25v2;

	@Setup
	public void load() throws IOException {
		Path bench = Path.of(System.getProperty("ontschot.shared", "../shared"), "bench");
		json25 = Files.readString(bench.resolve("large-25-parties.json"));
		case25 = CaseJson.read(json25);
		case20 = CaseJson.read(Files.readString(bench.resolve("large-20-parties.json")));
		prepared25 = PreparedCase.of(case25);
		evaluation25 = prepared25.evaluation();
		variant25 = prepared25.variant(Map.of("targetGroups.g1.successRate", Quantity.of(0.4)));
		case25v2 = CaseJson.read(withScenariosAndArrangements(json25));
		PreparedCase prepared25v2 = PreparedCase.of(case25v2);
		evaluation25v2 = prepared25v2.evaluation();
		variant25v2 = prepared25v2.variant(Map.of("parameters.succes", Quantity.of(0.4)));
		uncertain25 = PreparedCase.of(CaseJson.read(withOwnUncertainty(json25)));
		uncertain25v2 = PreparedCase.of(CaseJson.read(withUncertainty(withScenariosAndArrangements(json25))));
	}

	/**
	 * The version 2 case with 10 uncertain inputs (calculation.md 6.8) of each distribution, drawn 100,000 times:
	 * key figures, success and reach rates, future volumes, item amounts and a sharing rate.
	 */
	static String withUncertainty(String json) {
		ObjectNode c = (ObjectNode) CaseJson.parse(json);
		ObjectNode uncertainty = c.putObject("uncertainty").put("iterations", 100_000).put("seed", 9);
		ArrayNode inputs = uncertainty.putArray("inputs");
		inputs.addObject().put("target", "parameters.succes").put("distribution", "UNIFORM").put("min", 0.3)
				.put("max", 0.7);
		inputs.addObject().put("target", "parameters.index").put("distribution", "NORMAL").put("mean", 0.03)
				.put("sd", 0.01);
		inputs.addObject().put("target", "targetGroups.g0.successRate").put("distribution", "PERT").put("min", 0.05)
				.put("mode", 0.155).put("max", 0.3);
		inputs.addObject().put("target", "targetGroups.g2.reachRate").put("distribution", "TRIANGULAR")
				.put("min", 0.4).put("mode", 0.583).put("max", 0.7);
		inputs.addObject().put("target", "targetGroups.g3.successRate").put("distribution", "NORMAL")
				.put("mean", 0.13).put("sd", 0.05);
		inputs.addObject().put("target", "activities.a0.future.volume").put("distribution", "TRIANGULAR")
				.put("min", 70).put("mode", 91.96).put("max", 110);
		inputs.addObject().put("target", "activities.a2.future.volume").put("distribution", "PERT").put("min", 2200)
				.put("mode", 2761).put("max", 3300);
		inputs.addObject().put("target", "items.i3.amount").put("distribution", "UNIFORM").put("min", 90_000)
				.put("max", 130_000);
		inputs.addObject().put("target", "items.i5.amount").put("distribution", "PERT").put("min", 70_000)
				.put("mode", 91_432.07).put("max", 120_000);
		inputs.addObject().put("target", "arrangements.besparing.sharingRate").put("distribution", "UNIFORM")
				.put("min", 0.3).put("max", 0.7);
		return c.toString();
	}

	/**
	 * The 25-party case as it is (version 2 only because {@code uncertainty} needs it) with 10 uncertain inputs
	 * (calculation.md 6.8) on its own fields, drawn 100,000 times: success, reach and population of the target
	 * groups, future volumes and a tariff, item amounts.
	 */
	static String withOwnUncertainty(String json) {
		ObjectNode c = (ObjectNode) CaseJson.parse(json);
		c.put("schemaVersion", 2);
		ObjectNode uncertainty = c.putObject("uncertainty").put("iterations", 100_000).put("seed", 9);
		ArrayNode inputs = uncertainty.putArray("inputs");
		inputs.addObject().put("target", "targetGroups.g0.successRate").put("distribution", "PERT").put("min", 0.05)
				.put("mode", 0.155).put("max", 0.3);
		inputs.addObject().put("target", "targetGroups.g1.successRate").put("distribution", "UNIFORM")
				.put("min", 0.2).put("max", 0.4);
		inputs.addObject().put("target", "targetGroups.g2.reachRate").put("distribution", "TRIANGULAR")
				.put("min", 0.4).put("mode", 0.583).put("max", 0.7);
		inputs.addObject().put("target", "targetGroups.g3.successRate").put("distribution", "NORMAL")
				.put("mean", 0.13).put("sd", 0.05);
		inputs.addObject().put("target", "targetGroups.g3.population").put("distribution", "TRIANGULAR")
				.put("min", 3000).put("mode", 3643).put("max", 4200);
		inputs.addObject().put("target", "activities.a0.future.volume").put("distribution", "TRIANGULAR")
				.put("min", 70).put("mode", 91.96).put("max", 110);
		inputs.addObject().put("target", "activities.a2.future.volume").put("distribution", "PERT").put("min", 2200)
				.put("mode", 2761).put("max", 3300);
		inputs.addObject().put("target", "activities.a10.future.tariff").put("distribution", "UNIFORM")
				.put("min", 230).put("max", 300);
		inputs.addObject().put("target", "items.i3.amount").put("distribution", "UNIFORM").put("min", 90_000)
				.put("max", 130_000);
		inputs.addObject().put("target", "items.i5.amount").put("distribution", "PERT").put("min", 70_000)
				.put("mode", 91_432.07).put("max", 120_000);
		return c.toString();
	}

	/**
	 * Issue 9: 100,000 Monte Carlo iterations of the 25-party case with 10 uncertain inputs, on every processor.
	 * Three runs first: a run of a few seconds is over before the JIT has compiled the evaluation after one.
	 */
	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@OutputTimeUnit(TimeUnit.SECONDS)
	@Warmup(iterations = 3)
	@Measurement(iterations = 3)
	public MonteCarlo.Summary monteCarlo100000IterationsOwnFields25Parties() {
		return monteCarlo(uncertain25);
	}

	/** The same on the version 2 case with key figures, 3 scenarios and 5 arrangements, uncertain inputs among them. */
	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@OutputTimeUnit(TimeUnit.SECONDS)
	@Warmup(iterations = 3)
	@Measurement(iterations = 3)
	public MonteCarlo.Summary monteCarlo100000Iterations25Parties() {
		return monteCarlo(uncertain25v2);
	}

	/** The statistics of a case's draws on every processor, without progress or cancelling. */
	private static MonteCarlo.Summary monteCarlo(PreparedCase c) {
		return MonteCarlo.run(c, Runtime.getRuntime().availableProcessors(), done -> {
		}, () -> false);
	}

	/**
	 * The 25-party case as version 2 with key figures, 3 scenarios and 5 arrangements (shared savings, a
	 * bundled payment, an outcome payment, an impact bond and a pooled budget) on its own parties and lines.
	 */
	static String withScenariosAndArrangements(String json) {
		ObjectNode c = (ObjectNode) CaseJson.parse(json);
		c.put("schemaVersion", 2);
		ArrayNode parameters = c.putArray("parameters");
		parameters.addObject().put("id", "index").put("value", 0.03);
		parameters.addObject().put("id", "succes").put("value", 0.5);
		((ObjectNode) c.withArray("targetGroups").get(1)).put("successRate", "=succes");
		List<String> insured = new java.util.ArrayList<>();
		c.withArray("activities").forEach(a -> {
			if (a.path("financier").asString("").equals("p22")) {
				insured.add(a.get("id").asString());
			}
		});
		ArrayNode arrangements = c.putArray("arrangements");
		ObjectNode savings = arrangements.addObject().put("id", "besparing").put("type", "SHARED_SAVINGS")
				.put("payer", "p22").put("sharingRate", 0.5).put("minimumSavingsRate", 0.02).put("cap", 0.1);
		savings.putArray("recipients").addObject().put("party", "p20").put("share", 1);
		ObjectNode bundle = arrangements.addObject().put("id", "bundel").put("type", "FIXED_PAYMENT")
				.put("payer", "p22").put("price", "=400 * (1 + index)^t").put("per", "PARTICIPANT").put("group", "g1");
		bundle.putArray("recipients").addObject().put("party", "p20").put("share", 1);
		ArrayNode scope = bundle.putArray("scope");
		insured.subList(0, 5).forEach(scope::add);
		ObjectNode outcome = arrangements.addObject().put("id", "uitkomst").put("type", "OUTCOME_PAYMENT")
				.put("payer", "p01").put("amount", 250).put("per", "SUCCESS").put("group", "g1");
		outcome.putArray("recipients").addObject().put("party", "p02").put("share", 1);
		outcome.putObject("condition").put("group", "g1").put("successRateAtLeast", 0.3);
		ObjectNode bond = arrangements.addObject().put("id", "hib").put("type", "IMPACT_BOND").put("investor", "p03")
				.put("mode", "PRINCIPAL_PLUS_RETURN").put("returnRate", 0.05);
		bond.putArray("financed").add("i3").add("i4").add("i5");
		ArrayNode payers = bond.putArray("outcomePayers");
		payers.addObject().put("party", "p22").put("share", 0.6);
		payers.addObject().put("party", "p01").put("share", 0.4);
		ObjectNode pool = arrangements.addObject().put("id", "pot").put("type", "POOLED_BUDGET").put("holder", "p04");
		ArrayNode contributors = pool.putArray("contributors");
		contributors.addObject().put("party", "p22").put("share", 0.7);
		contributors.addObject().put("party", "p01").put("share", 0.3);
		ArrayNode poolScope = pool.putArray("scope");
		insured.subList(5, 10).forEach(poolScope::add);
		ArrayNode scenarios = c.putArray("scenarios");
		scenarios.addObject().put("id", "laag").putObject("set").put("parameters.succes", 0.3);
		scenarios.addObject().put("id", "hoog").putObject("set").put("parameters.succes", 0.7)
				.put("arrangements.besparing.sharingRate", 0.6);
		scenarios.addObject().put("id", "index").putObject("set").put("parameters.index", 0.05);
		return c.toString();
	}

	/** The prepared 25-party case evaluated for a variant: pv net and net after settlement per party. */
	@Benchmark
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public double evaluatePrepared25Parties() {
		evaluation25.run(variant25, true);
		return evaluation25.netAfterSettlement()[0] + evaluation25.pvNet()[0];
	}

	/**
	 * The same with the 5 arrangements: a variant with another value of the key figure that g1's success rate
	 * follows (a Monte Carlo draw, say).
	 */
	@Benchmark
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public double evaluatePreparedWithArrangements25Parties() {
		evaluation25v2.run(variant25v2, true);
		return evaluation25v2.netAfterSettlement()[0] + evaluation25v2.pvNet()[0];
	}

	/** The full version 2 result of the 25-party case with 3 scenarios and 5 arrangements. */
	@Benchmark
	public CalculationResult calculateVersion2With3ScenariosAnd5Arrangements25Parties() {
		return Calculator.calculate(case25v2);
	}

	/** One full calculation of 25 parties, 400 activities, 600 items over 15 years (core check skipped). */
	@Benchmark
	public CalculationResult calculate25Parties() {
		return Calculator.calculate(case25);
	}

	/** The same from JSON text in to JSON text out, as the command line and the API do it. */
	@Benchmark
	public String readCalculateWrite25Parties() {
		return ResultJson.write(Calculator.calculate(CaseJson.read(json25)));
	}

	/** A full calculation of 20 parties, including the exact core check over 2^20 coalitions. */
	@Benchmark
	public CalculationResult calculateWithCoreCheck20Parties() {
		return Calculator.calculate(case20);
	}
}
