package nl.ontschot.app.simulation;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

import nl.ontschot.engine.Notice;
import nl.ontschot.engine.json.ResultJson;
import nl.ontschot.engine.result.UncertaintyResult;
import tools.jackson.databind.JsonNode;

/**
 * A run of a case's uncertainty as a client sees it: which case version it belongs to, how far it is, and
 * when done its result (the uncertainty part of calculation.md 6.9) and per party how its net after
 * settlement spreads ({@code {"PARTY": {"from", "to", "counts": [...]}}}: iterations per bin of equal width
 * from the lowest to the highest value; empty until done), or why it stopped: in words, and when drawn values
 * broke the case, the engine's problems, for a page to name their fields as it names them.
 */
public record Simulation(UUID id, UUID caseId, int caseVersion, State state, int done, int iterations,
		JsonNode result, JsonNode histograms, String message, @JsonIgnore List<Notice> problems) {

	public Simulation {
		problems = List.copyOf(problems);
	}

	/** What a finished run found: its result and histograms read back. */
	@JsonIgnore
	public UncertaintyResult uncertainty() {
		return ResultJson.readUncertainty(result, histograms);
	}

	public enum State {
		RUNNING, DONE, CANCELLED, FAILED
	}
}
