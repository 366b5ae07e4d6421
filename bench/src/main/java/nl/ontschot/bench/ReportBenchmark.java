package nl.ontschot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
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
import org.springframework.context.MessageSource;

import nl.ontschot.app.cases.SteeringReport;
import nl.ontschot.app.reports.PdfReport;
import nl.ontschot.app.reports.ReportCommand;
import nl.ontschot.app.workbook.Workbooks;

/**
 * The documents of the 25-party case, as the server makes them (warm). Run from the project root:
 * {@code ./mvnw -q -Pbench -pl bench -am package -DskipTests && java -jar bench/target/benchmarks.jar Report}.
 * Goals (issue 10): the steering group's PDF under 3 s, the workbook under 2 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ReportBenchmark {

	private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

	private String json25;
	private MessageSource messages;
	private PdfReport pdf;

	@Setup
	public void load() throws IOException {
		Path bench = Path.of(System.getProperty("ontschot.shared", "../shared"), "bench");
		json25 = Files.readString(bench.resolve("large-25-parties.json"));
		messages = ReportCommand.messages();
		pdf = new PdfReport(messages);
	}

	/** The steering group's report of the 25-party case: 89 pages, most of them the annex of 1,000 lines. */
	@Benchmark
	public byte[] pdf25Parties() {
		return pdf.render(json25, new SteeringReport.Source("versie 1", LocalDate.of(2026, 12, 5)), Optional.empty(),
				DUTCH);
	}

	/** The controller's workbook of the 25-party case: input sheets of 1,000 lines, the results per year and more. */
	@Benchmark
	public byte[] workbook25Parties() {
		return Workbooks.export(json25, messages, DUTCH);
	}
}
