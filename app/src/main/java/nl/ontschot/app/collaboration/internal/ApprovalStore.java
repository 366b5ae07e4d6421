package nl.ontschot.app.collaboration.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The latest approval of each party of a case, and whether a later save withdrew it. */
@Repository
public class ApprovalStore {

	/** A party's latest approval; {@code withdrawnIn} the version whose save changed its figures since. */
	public record Stored(String party, int version, String approvedBy, Instant approvedAt, OptionalInt withdrawnIn) {
	}

	private final JdbcClient jdbc;

	ApprovalStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Stored> of(UUID caseId) {
		return jdbc.sql("""
				select a.party_id, a.version, u.username, a.approved_at, a.withdrawn_version
				  from party_approval a join app_user u on u.id = a.approved_by
				 where a.case_id = :id""")
				.param("id", caseId).query(ApprovalStore::stored).list();
	}

	/** The party approves the version: any earlier approval of it is replaced. */
	public void approve(UUID caseId, String party, int version, long userId, Instant at) {
		jdbc.sql("""
				insert into party_approval (case_id, party_id, version, approved_by, approved_at)
				values (:id, :party, :version, :user, :at)
				on conflict (case_id, party_id) do update
				   set version = excluded.version, approved_by = excluded.approved_by,
				       approved_at = excluded.approved_at, withdrawn_version = null, withdrawn_at = null""")
				.param("id", caseId).param("party", party).param("version", version).param("user", userId)
				.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
	}

	/** The parties whose approval still holds. */
	public List<String> standing(UUID caseId) {
		return jdbc.sql("select party_id from party_approval where case_id = :id and withdrawn_version is null")
				.param("id", caseId).query(String.class).list();
	}

	public void withdraw(UUID caseId, String party, int version, Instant at) {
		jdbc.sql("""
				update party_approval set withdrawn_version = :version, withdrawn_at = :at
				 where case_id = :id and party_id = :party and withdrawn_version is null""")
				.param("id", caseId).param("party", party).param("version", version)
				.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
				.update();
	}

	private static Stored stored(ResultSet rs, int row) throws SQLException {
		Object withdrawn = rs.getObject("withdrawn_version");
		return new Stored(rs.getString("party_id"), rs.getInt("version"), rs.getString("username"),
				rs.getObject("approved_at", OffsetDateTime.class).toInstant(),
				withdrawn == null ? OptionalInt.empty() : OptionalInt.of((Integer) withdrawn));
	}
}
