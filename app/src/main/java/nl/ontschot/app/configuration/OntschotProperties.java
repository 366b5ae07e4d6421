package nl.ontschot.app.configuration;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings a person gives Ontschot: the data folder, an optional external database, the first
 * admin password, whether to load demo cases, and the largest request accepted.
 */
@ConfigurationProperties("ontschot")
public record OntschotProperties(Path dataDir, Db db, String adminPassword, boolean demo, long maxRequestBytes) {

	public OntschotProperties {
		dataDir = dataDir.toAbsolutePath().normalize();
		db = db == null ? new Db("", "", "") : db;
		adminPassword = adminPassword == null ? "" : adminPassword;
	}

	/** An external PostgreSQL server; {@code url} empty means the embedded one. */
	public record Db(String url, String user, String password) {

		public Db {
			url = url == null ? "" : url;
			user = user == null ? "" : user;
			password = password == null ? "" : password;
		}

		public boolean external() {
			return !url.isBlank();
		}
	}
}
