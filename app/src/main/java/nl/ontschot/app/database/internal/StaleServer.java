package nl.ontschot.app.database.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After an unclean stop (the JVM killed), the embedded PostgreSQL may still be running on the data folder,
 * or have left its pid file behind. A still running server of this data folder is asked to stop (fast
 * mode: it finishes cleanly); PostgreSQL recovers from its write-ahead log on the next start.
 */
public final class StaleServer {

	private static final Logger log = LoggerFactory.getLogger(StaleServer.class);

	private StaleServer() {
	}

	/** The live postmaster of this data folder, from the pid in its postmaster.pid. */
	public static Optional<ProcessHandle> running(Path dataDir) throws IOException {
		List<String> lines;
		try {
			lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
		} catch (NoSuchFileException e) {
			return Optional.empty();
		}
		return lines.isEmpty() ? Optional.empty()
				: parse(lines.get(0)).flatMap(ProcessHandle::of).filter(p -> p.isAlive() && isPostgres(p));
	}

	public static void stopIfRunning(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		Optional<ProcessHandle> process = running(dataDir);
		if (process.isPresent()) {
			log.warn("A PostgreSQL server from an earlier run still uses {}; stopping it first", dataDir);
			// SIGINT is PostgreSQL's "fast shutdown": it ends sessions and writes a clean checkpoint
			new ProcessBuilder("kill", "-INT", Long.toString(process.get().pid())).inheritIO().start();
			try {
				process.get().onExit().get(60, TimeUnit.SECONDS);
			} catch (Exception e) {
				throw new IOException("The earlier PostgreSQL server (pid " + process.get().pid() + ") did not stop", e);
			}
		}
		Files.deleteIfExists(pidFile);
	}

	private static Optional<Long> parse(String line) {
		try {
			return Optional.of(Long.parseLong(line.trim()));
		} catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map(c -> c.contains("postgres")).orElse(false);
	}
}
