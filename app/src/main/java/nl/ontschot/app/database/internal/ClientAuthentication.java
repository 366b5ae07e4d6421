package nl.ontschot.app.database.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import nl.ontschot.app.database.DatabaseServer;

/**
 * The server's pg_hba.conf. Data folders made before issue 7 let every local user in without a password
 * ({@code trust}); Ontschot now asks a password of every connection (scram-sha-256), over TCP on
 * 127.0.0.1, the only address the server listens on (it has no Unix socket, see DatabaseServer).
 */
public final class ClientAuthentication {

	public static final String METHOD = "scram-sha-256";

	private static final List<String> RULES = List.of(
			"# Written by Ontschot: every connection needs the password in ../postgres-password.",
			"# TYPE  DATABASE     USER  ADDRESS       METHOD",
			"host    all          all   127.0.0.1/32  " + METHOD,
			"host    replication  all   127.0.0.1/32  " + METHOD);

	private ClientAuthentication() {
	}

	/** True when a rule lets a client in without a password: a folder from before issue 7. */
	public static boolean trustsAnyone(Path dataDir) throws IOException {
		return Files.readAllLines(file(dataDir)).stream().anyMatch(ClientAuthentication::trusts);
	}

	/** A rule is TYPE DATABASE USER [ADDRESS] METHOD [OPTIONS]; "local" rules have no address. */
	private static boolean trusts(String line) {
		String[] fields = line.replaceFirst("#.*", "").strip().split("\\s+");
		int method = fields[0].equals("local") ? 3 : 4;
		return fields.length > method && fields[method].equals("trust");
	}

	public static void requirePassword(Path dataDir) throws IOException {
		Path written = Files.createTempFile(dataDir, "pg_hba", ".tmp");
		Files.write(written, RULES);
		Files.move(written, file(dataDir), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	private static Path file(Path dataDir) {
		return dataDir.resolve("pg_hba.conf");
	}
}
