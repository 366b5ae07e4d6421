package nl.ontschot.app.simulation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.ontschot.app.simulation.Simulation.State;
import nl.ontschot.app.simulation.Simulation;
import nl.ontschot.engine.Notice;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finished runs in the database, with the case version they calculated; the latest {@link #KEPT} per case.
 * A run of a case deleted while it ran is not kept.
 */
@Repository
public class SimulationStore {

	static final int KEPT = 10;
	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	SimulationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void save(Simulation run, long userId, Instant at) {
		try {
			jdbc.sql("""
					insert into simulation_run (id, case_id, case_version, state, done, iterations, result, histograms,
					                            message, problems, started_by, finished_at)
					values (:id, :case, :version, :state, :done, :iterations, :result, :histograms, :message, :problems,
					        :user, :at)""")
					.param("id", run.id()).param("case", run.caseId()).param("version", run.caseVersion())
					.param("state", run.state().name()).param("done", run.done()).param("iterations", run.iterations())
					.param("result", run.result() == null ? null : run.result().toString())
					.param("histograms", run.histograms().toString()).param("message", run.message())
					.param("problems", notices(run.problems()).toString())
					.param("user", userId).param("at", at.atOffset(ZoneOffset.UTC)).update();
		} catch (DataIntegrityViolationException caseDeleted) {
			return;
		}
		jdbc.sql("""
				delete from simulation_run where case_id = :case and id not in (
				    select id from simulation_run where case_id = :case order by finished_at desc limit :kept)""")
				.param("case", run.caseId()).param("kept", KEPT).update();
	}

	public Optional<Simulation> find(UUID caseId, UUID runId) {
		return jdbc.sql("select * from simulation_run where case_id = :case and id = :id").param("case", caseId)
				.param("id", runId).query(SimulationStore::row).optional();
	}

	public Optional<Simulation> latest(UUID caseId) {
		return jdbc.sql("select * from simulation_run where case_id = :case order by finished_at desc limit 1")
				.param("case", caseId).query(SimulationStore::row).optional();
	}

	private static Simulation row(ResultSet rs, int n) throws SQLException {
		return new Simulation(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
				rs.getInt("case_version"), State.valueOf(rs.getString("state")), rs.getInt("done"),
				rs.getInt("iterations"), json(rs.getString("result")), JSON.readTree(rs.getString("histograms")),
				rs.getString("message"), notices(JSON.readTree(rs.getString("problems"))));
	}

	/** The engine's problems as JSON: a problem found in a variant has the inner problem among its arguments. */
	private static ArrayNode notices(List<Notice> notices) {
		ArrayNode list = JSON.createArrayNode();
		notices.forEach(n -> list.add(notice(n)));
		return list;
	}

	private static ObjectNode notice(Notice n) {
		ObjectNode node = JSON.createObjectNode().put("path", n.path()).put("key", n.key());
		ArrayNode args = node.putArray("args");
		for (Object arg : n.args()) {
			if (arg instanceof Notice inner) {
				args.add(notice(inner));
			} else if (arg instanceof Integer || arg instanceof Long) {
				args.add(((Number) arg).longValue());
			} else if (arg instanceof Number number) {
				args.add(number.doubleValue());
			} else {
				args.add(String.valueOf(arg));
			}
		}
		return node;
	}

	private static List<Notice> notices(JsonNode list) {
		return list.valueStream().map(SimulationStore::notice).toList();
	}

	private static Notice notice(JsonNode node) {
		Object[] args = node.path("args").valueStream()
				.map(a -> a.isObject() ? notice(a) : a.isIntegralNumber() ? (Object) a.asLong()
						: a.isNumber() ? (Object) a.asDouble() : a.asString()).toArray();
		return Notice.of(node.path("path").asString(), node.path("key").asString(), args);
	}

	private static JsonNode json(String text) {
		return text == null ? null : JSON.readTree(text);
	}
}
