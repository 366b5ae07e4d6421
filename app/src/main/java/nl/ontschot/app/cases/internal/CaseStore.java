package nl.ontschot.app.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.ontschot.app.cases.AuditChange;
import nl.ontschot.app.cases.Membership;
import nl.ontschot.app.cases.Role;
import nl.ontschot.app.cases.StoredCase;
import nl.ontschot.app.cases.Views.Added;
import nl.ontschot.app.cases.Views.CaseSummary;
import nl.ontschot.app.cases.Views.Member;
import nl.ontschot.app.cases.Views.Person;
import nl.ontschot.app.cases.Views.VersionInfo;

/** The tables of cases, their versions, members and audit trail. Callers hold the transaction. */
@Repository
public class CaseStore {

	private final JdbcClient jdbc;

	CaseStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static OffsetDateTime time(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	public void insert(UUID id, String name, String document, long userId, Instant at) {
		jdbc.sql("""
				insert into case_file (id, name, document, version, created_at, created_by, updated_at, updated_by)
				values (:id, :name, :document, 1, :at, :user, :at, :user)""")
				.param("id", id).param("name", name).param("document", document).param("at", time(at))
				.param("user", userId).update();
		insertVersion(id, 1, document, userId, at);
		putMember(id, userId, Role.OWNER, Optional.empty(), userId, at);
	}

	/** Saves a new version if the stored one is still {@code expectedVersion}; false when someone saved in between. */
	public boolean update(UUID id, int expectedVersion, String name, String document, long userId, Instant at) {
		int rows = jdbc.sql("""
				update case_file set name = :name, document = :document, version = version + 1,
				       updated_at = :at, updated_by = :user
				 where id = :id and version = :expected""")
				.param("id", id).param("name", name).param("document", document).param("at", time(at))
				.param("user", userId).param("expected", expectedVersion).update();
		if (rows == 0) {
			return false;
		}
		insertVersion(id, expectedVersion + 1, document, userId, at);
		return true;
	}

	private void insertVersion(UUID id, int version, String document, long userId, Instant at) {
		jdbc.sql("""
				insert into case_version (case_id, version, document, saved_at, saved_by)
				values (:id, :version, :document, :at, :user)""")
				.param("id", id).param("version", version).param("document", document).param("at", time(at))
				.param("user", userId).update();
	}

	public Optional<StoredCase> find(UUID id) {
		return stored("select id, name, document, version, updated_at from case_file where id = :id", id);
	}

	/** The case, its row locked until the transaction ends (the next writer waits, then reads this one's result). */
	public Optional<StoredCase> findForUpdate(UUID id) {
		return stored("select id, name, document, version, updated_at from case_file where id = :id for update", id);
	}

	private Optional<StoredCase> stored(String sql, UUID id) {
		return jdbc.sql(sql).param("id", id)
				.query((rs, n) -> new StoredCase(rs.getObject("id", UUID.class), rs.getString("name"),
						rs.getString("document"), rs.getInt("version"), instant(rs, "updated_at")))
				.optional();
	}

	public void delete(UUID id) {
		jdbc.sql("delete from case_file where id = :id").param("id", id).update();
	}

	public List<CaseSummary> listFor(long userId) {
		return jdbc.sql("""
				select c.id, c.name, c.version, c.updated_at, m.role, m.party_id, a.username as added_by, m.added_at
				  from case_file c join case_member m on m.case_id = c.id left join app_user a on a.id = m.added_by
				 where m.user_id = :user
				 order by c.updated_at desc, c.name""")
				.param("user", userId)
				.query((rs, n) -> new CaseSummary(rs.getObject("id", UUID.class), rs.getString("name"),
						rs.getInt("version"), Role.valueOf(rs.getString("role")),
						Optional.ofNullable(rs.getString("party_id")), instant(rs, "updated_at"), added(rs)))
				.list();
	}

	public Optional<Membership> membership(UUID caseId, long userId) {
		return jdbc.sql("select role, party_id from case_member where case_id = :id and user_id = :user")
				.param("id", caseId).param("user", userId)
				.query((rs, n) -> new Membership(Role.valueOf(rs.getString("role")),
						Optional.ofNullable(rs.getString("party_id"))))
				.optional();
	}

	public List<Member> members(UUID caseId) {
		return jdbc.sql("""
				select u.username, u.display_name, o.name as organisation, m.role, m.party_id, a.username as added_by,
				       m.added_at, u.disabled
				  from case_member m join app_user u on u.id = m.user_id join organisation o on o.id = u.organisation_id
				       left join app_user a on a.id = m.added_by
				 where m.case_id = :id
				 order by m.role, u.username""")
				.param("id", caseId)
				.query((rs, n) -> new Member(rs.getString("username"), rs.getString("display_name"),
						rs.getString("organisation"), Role.valueOf(rs.getString("role")),
						Optional.ofNullable(rs.getString("party_id")), added(rs), rs.getBoolean("disabled")))
				.list();
	}

	public List<Long> memberIds(UUID caseId) {
		return jdbc.sql("select user_id from case_member where case_id = :id order by user_id").param("id", caseId)
				.query(Long.class).list();
	}

	/** Who added a member and when; empty for members from before this was kept. */
	private static Optional<Added> added(ResultSet rs) throws SQLException {
		OffsetDateTime at = rs.getObject("added_at", OffsetDateTime.class);
		String by = rs.getString("added_by");
		return at == null || by == null ? Optional.empty() : Optional.of(new Added(by, at.toInstant()));
	}

	/** Adds a member (remembering who added it, and when) or changes its role and party. */
	public void putMember(UUID caseId, long userId, Role role, Optional<String> party, long addedBy, Instant at) {
		jdbc.sql("""
				insert into case_member (case_id, user_id, role, party_id, added_by, added_at)
				values (:id, :user, :role, :party, :by, :at)
				on conflict (case_id, user_id) do update set role = excluded.role, party_id = excluded.party_id""")
				.param("id", caseId).param("user", userId).param("role", role.name())
				.param("party", party.orElse(null)).param("by", addedBy).param("at", time(at)).update();
	}

	public void removeMember(UUID caseId, long userId) {
		jdbc.sql("delete from case_member where case_id = :id and user_id = :user").param("id", caseId)
				.param("user", userId).update();
	}

	/** The owners of the case other than the account who can still act: not disabled. */
	public int otherActiveOwners(UUID caseId, long userId) {
		return jdbc.sql("""
				select count(*) from case_member m join app_user u on u.id = m.user_id
				 where m.case_id = :id and m.role = 'OWNER' and m.user_id <> :user and not u.disabled""")
				.param("id", caseId).param("user", userId).query(Integer.class).single();
	}

	/**
	 * How many cases the account owns with no other active owner, after locking every case it owns (in one
	 * order), so that two co-owners cannot be disabled at once while each counts the other.
	 */
	public int casesOnlyOwnedBy(long userId) {
		jdbc.sql("""
				select id from case_file
				 where id in (select case_id from case_member where user_id = :user and role = 'OWNER')
				 order by id for update""").param("user", userId).query(UUID.class).list();
		return jdbc.sql("""
				select count(*) from case_member m
				 where m.user_id = :user and m.role = 'OWNER'
				   and not exists (select 1 from case_member o join app_user u on u.id = o.user_id
				                    where o.case_id = m.case_id and o.role = 'OWNER' and o.user_id <> m.user_id
				                      and not u.disabled)""")
				.param("user", userId).query(Integer.class).single();
	}

	public List<VersionInfo> versions(UUID caseId) {
		return jdbc.sql("""
				select v.version, v.saved_at, u.username from case_version v join app_user u on u.id = v.saved_by
				 where v.case_id = :id order by v.version desc""")
				.param("id", caseId)
				.query((rs, n) -> new VersionInfo(rs.getInt("version"), instant(rs, "saved_at"), rs.getString("username")))
				.list();
	}

	/** Everyone in a case's audit trail, by account name. */
	public Map<String, Person> people(UUID caseId) {
		Map<String, Person> people = new HashMap<>();
		jdbc.sql("""
				select distinct u.username, u.display_name, o.name as organisation
				  from audit_entry a join app_user u on u.id = a.user_id join organisation o on o.id = u.organisation_id
				 where a.case_id = :id""")
				.param("id", caseId)
				.query((rs, n) -> people.put(rs.getString("username"), new Person(rs.getString("display_name"),
						rs.getString("organisation"))))
				.list();
		return people;
	}

	public Optional<String> version(UUID caseId, int version) {
		return jdbc.sql("select document from case_version where case_id = :id and version = :version")
				.param("id", caseId).param("version", version).query(String.class).optional();
	}

	public void audit(UUID caseId, Optional<Integer> version, long userId, Instant at, String action,
			List<AuditChange> changes) {
		for (AuditChange change : changes) {
			jdbc.sql("""
					insert into audit_entry (case_id, version, at, user_id, action, path, old_value, new_value)
					values (:id, :version, :at, :user, :action, :path, :old, :new)""")
					.param("id", caseId).param("version", version.orElse(null)).param("at", time(at))
					.param("user", userId).param("action", action).param("path", change.path())
					.param("old", change.oldValue().orElse(null)).param("new", change.newValue().orElse(null))
					.update();
		}
	}

	public record AuditRow(long id, Instant at, String user, String action, Optional<Integer> version, String path,
			Optional<String> oldValue, Optional<String> newValue) {
	}

	public List<AuditRow> audit(UUID caseId) {
		return jdbc.sql("""
				select a.id, a.at, u.username, a.action, a.version, a.path, a.old_value, a.new_value
				  from audit_entry a join app_user u on u.id = a.user_id
				 where a.case_id = :id order by a.id""")
				.param("id", caseId)
				.query((rs, n) -> new AuditRow(rs.getLong("id"), instant(rs, "at"), rs.getString("username"),
						rs.getString("action"), Optional.ofNullable((Integer) rs.getObject("version")),
						rs.getString("path"), Optional.ofNullable(rs.getString("old_value")),
						Optional.ofNullable(rs.getString("new_value"))))
				.list();
	}
}
