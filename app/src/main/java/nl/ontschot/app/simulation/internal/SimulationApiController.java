package nl.ontschot.app.simulation.internal;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.ontschot.app.account.AccountPrincipal;
import nl.ontschot.app.simulation.Simulation;
import nl.ontschot.app.simulation.Simulations;
import nl.ontschot.app.web.ErrorAnswers;

/** The uncertainty of a stored case as a job: start it, follow it, cancel it. */
@RestController
@RequestMapping("/api/v1/cases/{caseId}/simulations")
@Tag(name = "Simulations", description = "Monte Carlo runs of a case's uncertainty (calculation.md 6.8) in the background")
class SimulationApiController {

	private final Simulations simulations;

	SimulationApiController(Simulations simulations) {
		this.simulations = simulations;
	}

	@PostMapping
	@Operation(summary = "Start a run of the case's latest version; 202 with its address. One run per case at a "
			+ "time, at most two per person")
	@ApiResponse(responseCode = "202", description = "Started")
	@ErrorAnswers({ 400, 404, 409, 429 })
	ResponseEntity<Simulation> start(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID caseId) {
		Simulation run = simulations.start(user.userId(), caseId);
		return ResponseEntity.accepted().location(URI.create("/api/v1/cases/" + caseId + "/simulations/" + run.id()))
				.body(run);
	}

	@GetMapping("/{runId}")
	@Operation(summary = "State, progress and, when done, the result of a run")
	@ApiResponse(responseCode = "200", description = "The run")
	@ErrorAnswers(404)
	Simulation get(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID caseId,
			@PathVariable UUID runId) {
		return simulations.get(user.userId(), caseId, runId);
	}

	@DeleteMapping("/{runId}")
	@Operation(summary = "Cancel a run; it stops before its next block of iterations")
	@ApiResponse(responseCode = "200", description = "The run as it is now")
	@ErrorAnswers({ 403, 404 })
	Simulation cancel(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID caseId,
			@PathVariable UUID runId) {
		return simulations.cancel(user.userId(), caseId, runId);
	}
}
