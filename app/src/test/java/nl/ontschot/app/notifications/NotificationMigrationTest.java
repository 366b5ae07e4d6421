package nl.ontschot.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** V11 keeps the mentions of V8 as MENTION notifications, read or unread as they were. */
class NotificationMigrationTest {

	private static Flyway flyway(DataSource db, MigrationVersion target) {
		return Flyway.configure().dataSource(db).locations("classpath:db/migration").target(target).load();
	}

	@Test
	void theMentionsBecomeNotifications() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			DataSource db = postgres.getPostgresDatabase();
			flyway(db, MigrationVersion.fromVersion("9")).migrate();
			JdbcTemplate jdbc = new JdbcTemplate(db);
			jdbc.update("insert into organisation (name) values ('Gemeente Noord')");
			jdbc.update("""
					insert into app_user (username, password_hash, display_name, organisation_id)
					select u, 'x', u, o.id from organisation o, (values ('anna'), ('piet'), ('kees')) as n (u)""");
			jdbc.update("""
					insert into case_file (id, name, document, version, created_at, created_by, updated_at, updated_by)
					select '00000000-0000-0000-0000-000000000001', 'Casus X', '{}', 1, now(), id, now(), id
					  from app_user where username = 'anna'""");
			jdbc.update("""
					insert into comment (case_id, target, author, text, created_at)
					select '00000000-0000-0000-0000-000000000001', '', id, '@piet @kees', now() - interval '1 day'
					  from app_user where username = 'anna'""");
			jdbc.update("""
					insert into mention (comment_id, user_id, read_at)
					select c.id, u.id, case u.username when 'kees' then now() end from comment c, app_user u
					 where u.username in ('piet', 'kees')""");

			flyway(db, MigrationVersion.LATEST).migrate();

			List<Map<String, Object>> rows = jdbc.queryForList("""
					select u.username, n.kind, n.case_id::text as case_id, a.username as actor, n.read_at is not null
					       as read, n.created_at = c.created_at as at_comment
					  from notification n join app_user u on u.id = n.user_id join app_user a on a.id = n.actor
					  join comment c on c.id = n.comment_id order by u.username""");
			assertThat(rows).containsExactly(
					Map.of("username", "kees", "kind", "MENTION", "case_id", "00000000-0000-0000-0000-000000000001",
							"actor", "anna", "read", true, "at_comment", true),
					Map.of("username", "piet", "kind", "MENTION", "case_id", "00000000-0000-0000-0000-000000000001",
							"actor", "anna", "read", false, "at_comment", true));
			assertThat(jdbc.queryForObject("select to_regclass('mention') is null", Boolean.class)).isTrue();
		}
	}
}
