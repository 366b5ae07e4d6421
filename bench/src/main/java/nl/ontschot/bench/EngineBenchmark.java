package nl.ontschot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import nl.ontschot.engine.json.CaseJson;
import nl.ontschot.engine.json.ResultJson;
import nl.ontschot.engine.model.Case;
import nl.ontschot.engine.result.CalculationResult;

/**
 * The engine on the shared benchmark cases. Run from the project root:
 * {@code ./mvnw -q -Pbench -pl bench -am package -DskipTests && java -jar bench/target/benchmarks.jar}.
 * Goals (issue 2): a full calculation of the 25-party case under 20 ms warm; the 20-party case, whose core
 * check runs over 2^20 coalitions, under 50 ms.
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

	@Setup
	public void load() throws IOException {
		Path bench = Path.of(System.getProperty("ontschot.shared", "../shared"), "bench");
		json25 = Files.readString(bench.resolve("large-25-parties.json"));
		case25 = CaseJson.read(json25);
		case20 = CaseJson.read(Files.readString(bench.resolve("large-20-parties.json")));
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
