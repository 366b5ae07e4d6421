package nl.ontschot.app.database.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.ontschot.app.database.DatabaseServer;

/**
 * Looks twice a second whether the embedded server's postmaster still runs, and starts it again when it
 * died (killed, out of memory), so that the application answers again without a restart. Until then the
 * pool's short connection timeout makes requests fail fast with 503.
 */
final class DatabaseWatchdog implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(DatabaseWatchdog.class);

	private final DatabaseServer server;
	private final ScheduledExecutorService timer;
	/** Only the timer's thread reads and writes it. */
	private boolean restarting;

	DatabaseWatchdog(DatabaseServer server, Duration interval) {
		this.server = server;
		this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "database-watchdog");
			thread.setDaemon(true);
			return thread;
		});
		if (server.isEmbedded()) {
			timer.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	private void check() {
		try {
			if (server.postmaster().isEmpty()) {
				if (!restarting) {
					log.warn("The embedded PostgreSQL stopped unexpectedly; starting it again");
				}
				restarting = !server.restartIfStopped();
			}
		} catch (RuntimeException e) {
			// a failed check must not end the schedule: the next one tries again
			log.error("Could not check or restart the embedded PostgreSQL", e);
		}
	}

	@Override
	public void close() throws InterruptedException {
		timer.shutdownNow();
		timer.awaitTermination(70, TimeUnit.SECONDS);
	}
}
