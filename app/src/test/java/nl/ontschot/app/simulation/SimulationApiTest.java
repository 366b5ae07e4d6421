package nl.ontschot.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import nl.ontschot.app.Api;
import nl.ontschot.app.ApiTestBase;
import nl.ontschot.engine.SharedFiles;
import tools.jackson.databind.JsonNode;

/** A case's uncertainty as a job over HTTP: started, followed to its result, cancelled, refused in words. */
class SimulationApiTest extends ApiTestBase {

	private static final String CASE = SharedFiles.read("cases-v2/valpreventie-hib.json");

	@Test
	void aRunIsFollowedToItsResultWithTheCaseVersionItBelongsTo() {
		Api owner = newUser("simulant", "Gemeente Noord").api();
		String location = owner.post("/api/v1/cases", CASE).header("Location").orElseThrow();

		Api.Response started = owner.post(location + "/simulations", "");
		String run = started.header("Location").orElseThrow();
		JsonNode done = until(owner, run, "DONE");

		assertThat(started.status()).isEqualTo(202);
		assertThat(started.json().get("state").asString()).isEqualTo("RUNNING");
		assertThat(done.get("caseVersion").asInt()).isEqualTo(1);
		assertThat(done.get("done").asInt()).isEqualTo(2000);
		JsonNode result = done.get("result");
		assertThat(result.get("iterations").asInt()).isEqualTo(2000);
		result.get("parties").forEach(p -> {
			JsonNode s = p.get("netAfterSettlement");
			assertThat(s.get("p5").asDouble()).isLessThanOrEqualTo(s.get("p50").asDouble());
			assertThat(s.get("p50").asDouble()).isLessThanOrEqualTo(s.get("p95").asDouble());
		});
		JsonNode expected = Api.JSON.readTree(SharedFiles.read("cases-v2/valpreventie-hib.expected.json"))
				.get("uncertainty");
		assertThat(result.get("tornado").size()).isEqualTo(expected.get("tornado").size());
		assertThat(result.get("switching").toString()).isEqualTo(Api.JSON.readTree(owner.get(location + "/result")
				.body()).get("uncertainty").get("switching").toString());
		done.get("histograms").properties().forEach(h -> {
			int counted = h.getValue().get("counts").valueStream().mapToInt(JsonNode::asInt).sum();
			assertThat(counted).as(h.getKey()).isEqualTo(2000);
			JsonNode s = result.get("parties").get(h.getKey()).get("netAfterSettlement");
			assertThat(h.getValue().get("from").asDouble()).isLessThanOrEqualTo(s.get("p5").asDouble());
			assertThat(h.getValue().get("to").asDouble()).isGreaterThanOrEqualTo(s.get("p95").asDouble());
		});
		assertThat(done.get("histograms").size()).isEqualTo(result.get("parties").size());
	}

	@Test
	void aFinishedRunIsKeptWithTheVersionItCalculatedAfterTheCaseChanges() {
		Api owner = newUser("bewaarder", "Gemeente Midden").api();
		String location = owner.post("/api/v1/cases", CASE).header("Location").orElseThrow();
		String run = owner.post(location + "/simulations", "").header("Location").orElseThrow();
		JsonNode done = until(owner, run, "DONE");

		Api.Response changed = owner.header("If-Match", "\"1\"").put(location,
				CASE.replace("\"iterations\": 2000", "\"iterations\": 1000"));
		JsonNode later = owner.get(run).json();

		assertThat(changed.status()).isEqualTo(200);
		assertThat(later.get("caseVersion").asInt()).isEqualTo(1);
		assertThat(later.get("state").asString()).isEqualTo("DONE");
		assertThat(later.get("result")).isEqualTo(done.get("result"));
		assertThat(later.get("histograms")).isEqualTo(done.get("histograms"));
	}

	@Test
	void aRunIsCancelledAndASecondRunOfTheSameCaseWaitsForIt() {
		Api owner = newUser("afbreker", "Gemeente Zuid").api();
		String location = owner.post("/api/v1/cases", CASE.replace("\"iterations\": 2000", "\"iterations\": 1000000"))
				.header("Location").orElseThrow();

		String run = owner.post(location + "/simulations", "").header("Location").orElseThrow();
		Api.Response second = owner.post(location + "/simulations", "");
		Api.Response cancelled = owner.delete(run);
		JsonNode stopped = until(owner, run, "CANCELLED");

		assertThat(second.status()).isEqualTo(409);
		assertThat(second.json().get("errors").get(0).get("message").asString()).contains("loopt al een simulatie");
		assertThat(cancelled.status()).isEqualTo(200);
		assertThat(stopped.get("done").asInt()).isLessThan(1_000_000);
		assertThat(stopped.get("result").isNull()).isTrue();
	}

	@Test
	void aStrangerAndACaseWithoutUncertaintyAreRefusedInWords() {
		Api owner = newUser("eigenaar", "Gemeente West").api();
		Api stranger = newUser("vreemde", "Gemeente Oost").api();
		String location = owner.post("/api/v1/cases", CASE).header("Location").orElseThrow();
		String plain = owner.post("/api/v1/cases", SharedFiles.read("cases/druppelbril.json")).header("Location")
				.orElseThrow();

		Api.Response foreign = stranger.post(location + "/simulations", "");
		Api.Response nothing = owner.post(plain + "/simulations", "");
		Api.Response unknown = owner.get(location + "/simulations/" + java.util.UUID.randomUUID());

		assertThat(foreign.status()).isEqualTo(404);
		assertThat(nothing.status()).isEqualTo(400);
		assertThat(nothing.json().get("errors").get(0).get("message").asString()).contains("geen onzekerheden");
		assertThat(unknown.status()).isEqualTo(404);
	}

	@Test
	void aViewerCannotCancelAnothersRunAndAFailedRunSaysWhy() {
		var starter = newUser("starter", "Gemeente Noordoost");
		Api owner = starter.api();
		var watcher = newUser("toeschouwer", "Zorgkantoor Oost");
		tools.jackson.databind.node.ObjectNode breaking = (tools.jackson.databind.node.ObjectNode) Api.JSON.readTree(CASE);
		breaking.putObject("uncertainty").put("iterations", 2000).putArray("inputs").addObject()
				.put("target", "parameters.reductie").put("distribution", "NORMAL").put("mean", 0.9).put("sd", 0.5);
		String location = owner.post("/api/v1/cases", CASE.replace("\"iterations\": 2000", "\"iterations\": 1000000"))
				.header("Location").orElseThrow();
		String broken = owner.post("/api/v1/cases", breaking.toString()).header("Location").orElseThrow();
		owner.put(location + "/members/" + watcher.username(), "{\"role\": \"VIEWER\"}");

		String run = owner.post(location + "/simulations", "").header("Location").orElseThrow();
		Api.Response refused = watcher.api().delete(run);
		Api.Response cancelled = owner.delete(run);
		until(owner, run, "CANCELLED");
		String failing = owner.post(broken + "/simulations", "").header("Location").orElseThrow();
		JsonNode failed = until(owner, failing, "FAILED");

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("Alleen wie deze simulatie");
		assertThat(cancelled.status()).isEqualTo(200);
		assertThat(failed.get("message").asString()).contains("getrokken waarden", "Maak de bereiken")
				.doesNotContain("probeer het opnieuw");
	}

	/** The run once it is in the state asked for; fails after a minute. */
	private static JsonNode until(Api api, String run, String state) {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
		while (Instant.now().isBefore(deadline)) {
			JsonNode now = api.get(run).json();
			if (now.get("state").asString().equals(state)) {
				return now;
			}
			try {
				Thread.sleep(100);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
		throw new AssertionError("the run did not become " + state + ": " + api.get(run).body());
	}
}
