package nl.ontschot.app.simulation;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

import nl.ontschot.app.cases.CaseDocument;
import nl.ontschot.app.cases.CaseService;
import nl.ontschot.app.simulation.Simulation.State;
import nl.ontschot.app.simulation.internal.SimulationStore;
import nl.ontschot.app.web.StatusException;
import nl.ontschot.engine.InvalidCaseException;
import nl.ontschot.engine.Notice;
import nl.ontschot.engine.calculation.PreparedCase;
import nl.ontschot.engine.json.CaseJson;
import nl.ontschot.engine.json.ResultJson;
import nl.ontschot.engine.model.Case;
import nl.ontschot.engine.result.UncertaintyResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs of the uncertainty of a case (calculation.md 6.8) in the background: one at a time per case, at
 * most {@link #PER_USER} per person, one after the other on the server (each run uses every core), each
 * kept with the case version it calculated. A run under way lives in memory (a restart forgets it); a
 * finished one is stored with its case ({@link SimulationStore}).
 */
@Service
public class Simulations implements DisposableBean {

	private static final Logger LOG = LoggerFactory.getLogger(Simulations.class);

	static final int PER_USER = 2;

	private final CaseService cases;
	private final SimulationStore store;
	private final MessageSource messages;
	private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "simulations");
		t.setDaemon(true);
		return t;
	});
	private final Map<UUID, Run> runs = new ConcurrentHashMap<>();

	Simulations(CaseService cases, SimulationStore store, MessageSource messages) {
		this.cases = cases;
		this.store = store;
		this.messages = messages;
	}

	/** One run: its own progress, flag and outcome. */
	private static final class Run {
		final UUID id = UUID.randomUUID();
		final UUID caseId;
		final long userId;
		final int caseVersion;
		final int iterations;
		final AtomicInteger done = new AtomicInteger();
		final AtomicBoolean cancelled = new AtomicBoolean();
		volatile State state = State.RUNNING;
		volatile JsonNode result;
		volatile JsonNode histograms = JsonNodeFactory.instance.objectNode();
		volatile String message = "";
		volatile List<Notice> problems = List.of();

		Run(UUID caseId, long userId, int caseVersion, int iterations) {
			this.caseId = caseId;
			this.userId = userId;
			this.caseVersion = caseVersion;
			this.iterations = iterations;
		}

		Simulation view() {
			return new Simulation(id, caseId, caseVersion, state, done.get(), iterations, result, histograms,
					message, problems);
		}
	}

	/** Starts a run of the case's latest version. */
	public synchronized Simulation start(long userId, UUID caseId) {
		CaseDocument document = cases.read(userId, caseId);
		Case c = CaseJson.read(document.document());
		if (!c.uncertainty().given()) {
			throw new StatusException(400, "simulation.noUncertainty");
		}
		if (runs.values().stream().anyMatch(r -> r.caseId.equals(caseId) && r.state == State.RUNNING)) {
			throw new StatusException(409, "simulation.running");
		}
		if (runs.values().stream().filter(r -> r.userId == userId && r.state == State.RUNNING).count() >= PER_USER) {
			throw new StatusException(429, "simulation.tooMany", PER_USER);
		}
		Run run = new Run(caseId, userId, document.version(), c.uncertainty().iterations());
		runs.put(run.id, run);
		PreparedCase prepared = PreparedCase.of(c);
		Locale locale = LocaleContextHolder.getLocale();
		runner.submit(() -> execute(run, prepared, locale));
		return run.view();
	}

	private void execute(Run run, PreparedCase prepared, Locale locale) {
		try {
			UncertaintyResult u = prepared.uncertainty(Runtime.getRuntime().availableProcessors(), run.done::set,
					run.cancelled::get);
			run.histograms = ResultJson.histograms(u);
			run.result = ResultJson.uncertainty(u);
			run.state = State.DONE;
		} catch (CancellationException e) {
			run.state = State.CANCELLED;
		} catch (InvalidCaseException e) {
			// drawn values the case cannot take (a formula out of its range): the person changes the ranges
			run.problems = e.problems().stream().distinct().limit(5).toList();
			run.message = messages.getMessage("simulation.invalid", new Object[] { String.join("; ", run.problems
					.stream().map(p -> p.message(locale)).toList()) }, locale);
			run.state = State.FAILED;
		} catch (RuntimeException e) {
			LOG.error("Simulation {} of case {} failed", run.id, run.caseId, e);
			run.message = messages.getMessage("simulation.failed", null, locale);
			run.state = State.FAILED;
		}
		try {
			store.save(run.view(), run.userId, Instant.now());
			runs.remove(run.id);
		} catch (DataAccessException databaseAway) {
			// kept in memory instead, until a restart
		}
	}

	/** A run of a case the caller is a member of; 404 for any other. */
	public Simulation get(long userId, UUID caseId, UUID runId) {
		cases.read(userId, caseId);
		return running(caseId, runId).map(Run::view).or(() -> store.find(caseId, runId))
				.orElseThrow(() -> new StatusException(404, "simulation.notFound"));
	}

	/**
	 * Asks a running run to stop; it stops before its next block of iterations. Who started it, or who may
	 * change the case, may stop it; a viewer may not stop another's run.
	 */
	public Simulation cancel(long userId, UUID caseId, UUID runId) {
		boolean mayChange = cases.mayChange(userId, caseId);
		Optional<Run> running = running(caseId, runId);
		if (running.isPresent() && running.get().userId != userId && !mayChange) {
			throw new StatusException(403, "simulation.notYours");
		}
		running.ifPresent(run -> run.cancelled.set(true));
		return get(userId, caseId, runId);
	}

	/** The latest run of a case the caller is a member of, if the server still has one. */
	public Optional<Simulation> latest(long userId, UUID caseId) {
		cases.read(userId, caseId);
		return runs.values().stream().filter(r -> r.caseId.equals(caseId)).findFirst().map(Run::view)
				.or(() -> store.latest(caseId));
	}

	/**
	 * The uncertainty of the latest run of a case, when that run finished and calculated this very version:
	 * what the report and the workbook show of the uncertainty.
	 */
	public Optional<UncertaintyResult> finished(long userId, UUID caseId, int caseVersion) {
		return latest(userId, caseId).filter(run -> run.caseVersion() == caseVersion
				&& run.state() == Simulation.State.DONE).map(Simulation::uncertainty);
	}

	private Optional<Run> running(UUID caseId, UUID runId) {
		return Optional.ofNullable(runs.get(runId)).filter(r -> r.caseId.equals(caseId));
	}

	@Override
	public void destroy() {
		runs.values().forEach(r -> r.cancelled.set(true));
		runner.shutdownNow();
	}
}
