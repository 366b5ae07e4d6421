package nl.ontschot.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load test of {@code POST /api/v1/calculations} on a running server on this machine:
 * {@code java -cp bench/target/benchmarks.jar nl.ontschot.bench.ApiLoad http://localhost:8080 TOKEN
 * ../shared/bench/large-25-parties.json [clients] [requests]}. Prints requests per second and latency
 * percentiles. Only for loopback addresses.
 */
public final class ApiLoad {

	private ApiLoad() {
	}

	public static void main(String[] args) throws Exception {
		URI target = URI.create(args[0] + "/api/v1/calculations");
		if (!target.getHost().equals("localhost") && !target.getHost().startsWith("127.")) {
			throw new IllegalArgumentException("Load tests run against this machine only");
		}
		String token = args[1];
		String body = Files.readString(Path.of(args[2]));
		int clients = args.length > 3 ? Integer.parseInt(args[3]) : 4;
		int requests = args.length > 4 ? Integer.parseInt(args[4]) : 2000;
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		HttpRequest request = HttpRequest.newBuilder(target).header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
				.POST(HttpRequest.BodyPublishers.ofString(body)).build();

		for (int i = 0; i < 200; i++) {
			http.send(request, HttpResponse.BodyHandlers.discarding());
		}

		long[] latency = new long[requests];
		AtomicInteger next = new AtomicInteger();
		AtomicInteger failures = new AtomicInteger();
		AtomicInteger busy = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long start = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			pool.execute(() -> {
				for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
					long t0 = System.nanoTime();
					try {
						HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
						if (response.statusCode() == 503) {
							busy.incrementAndGet();
						} else if (response.statusCode() != 200) {
							failures.incrementAndGet();
						}
					} catch (Exception e) {
						failures.incrementAndGet();
					}
					latency[i] = System.nanoTime() - t0;
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(10, TimeUnit.MINUTES);
		double seconds = (System.nanoTime() - start) / 1e9;
		Arrays.sort(latency);
		System.out.printf("%d requests, %d clients, %d failed, %d told to retry (503): %.0f requests/s; "
				+ "latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", requests, clients, failures.get(), busy.get(),
				requests / seconds, latency[requests / 2] / 1e6,
				latency[(int) (requests * 0.99)] / 1e6, latency[requests - 1] / 1e6);
	}
}
