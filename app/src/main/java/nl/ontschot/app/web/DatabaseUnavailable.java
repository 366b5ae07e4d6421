package nl.ontschot.app.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Recognises a failure that means "the database is not reachable right now" (stopped, restarting, no
 * connection within the pool's timeout), wherever Spring wrapped it, so that it is answered with 503 and
 * Retry-After instead of 500: the request may simply be repeated.
 */
public final class DatabaseUnavailable {

	/** Long enough for the embedded server to be restarted by its watchdog. */
	public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	private DatabaseUnavailable() {
	}

	public static boolean causes(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException
					|| cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException
					|| cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
				return true;
			}
			// when the rollback fails on the dead connection too, Spring reports that failure and keeps the
			// one that ended the transaction aside
			if (cause instanceof TransactionSystemException tx && tx.getApplicationException() != null
					&& causes(tx.getApplicationException())) {
				return true;
			}
			// a commit that failed on a lost connection, and then its rollback too: Spring logs the first and
			// throws the second, with no application failure behind it
			if (cause instanceof TransactionSystemException tx && tx.getApplicationException() == null) {
				return true;
			}
		}
		return false;
	}

	/** SQLSTATE class 08 is a connection failure, 57P a server shutting down or starting. */
	private static boolean isConnectionState(String state) {
		return state != null && (state.startsWith("08") || state.startsWith("57P"));
	}
}
