package nl.ontschot.app.collaboration.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A case's proposals for signature (the latest is the current one) and their signatures. */
@Repository
public class SignoffStore {

	public record Proposal(int version, String hash, String proposedBy, Instant proposedAt) {
	}

	/** A signature; {@code onBehalf} when the owner signed for a party without a member of its own. */
	public record Signed(String party, String name, String function, String organisation, Instant signedAt,
			String hash, boolean onBehalf) {
	}

	private final JdbcClient jdbc;

	SignoffStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The latest proposal of a case. */
	public Optional<Proposal> proposal(UUID caseId) {
		return jdbc.sql("""
				select s.version, s.hash, u.username, s.proposed_at
				  from signoff s join app_user u on u.id = s.proposed_by where s.case_id = :id
				 order by s.version desc limit 1""")
				.param("id", caseId)
				.query((rs, n) -> new Proposal(rs.getInt("version"), rs.getString("hash"), rs.getString("username"),
						rs.getObject("proposed_at", OffsetDateTime.class).toInstant()))
				.optional();
	}

	/** A new proposal of a version (a later one than every signed version). */
	public void propose(UUID caseId, int version, String hash, long userId, Instant at) {
		jdbc.sql("""
				insert into signoff (case_id, version, hash, proposed_by, proposed_at)
				values (:id, :version, :hash, :user, :at)""")
				.param("id", caseId).param("version", version).param("hash", hash).param("user", userId)
				.param("at", time(at)).update();
	}

	/** The proposal of a version goes, with its signatures. */
	public void withdraw(UUID caseId, int version) {
		jdbc.sql("delete from signoff where case_id = :id and version = :version").param("id", caseId)
				.param("version", version).update();
	}

	public List<Signed> signatures(UUID caseId, int version) {
		return jdbc.sql("""
				select party_id, name, function, organisation, signed_at, hash, on_behalf from signature
				 where case_id = :id and version = :version order by signed_at""")
				.param("id", caseId).param("version", version)
				.query((rs, n) -> new Signed(rs.getString("party_id"), rs.getString("name"), rs.getString("function"),
						rs.getString("organisation"), rs.getObject("signed_at", OffsetDateTime.class).toInstant(),
						rs.getString("hash"), rs.getBoolean("on_behalf")))
				.list();
	}

	/** Whether the party signed now (false: it had signed already). */
	public boolean sign(UUID caseId, int version, String party, String name, String function, String organisation,
			long userId, Instant at, String hash, boolean onBehalf) {
		return jdbc.sql("""
				insert into signature (case_id, version, party_id, name, function, organisation, signed_by, signed_at,
				                       hash, on_behalf)
				values (:id, :version, :party, :name, :function, :organisation, :user, :at, :hash, :onBehalf)
				on conflict (case_id, version, party_id) do nothing""")
				.param("id", caseId).param("version", version).param("party", party).param("name", name).param("function", function)
				.param("organisation", organisation).param("user", userId).param("at", time(at)).param("hash", hash)
				.param("onBehalf", onBehalf)
				.update() == 1;
	}

	private static OffsetDateTime time(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}
}
