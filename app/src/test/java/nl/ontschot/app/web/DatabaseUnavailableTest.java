package nl.ontschot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean "the database is away, try again" (503) and which are errors (500 or their own answer). */
class DatabaseUnavailableTest {

	@Test
	void aConnectionThatCannotBeHadOrWasLostIsUnavailability() {
		assertThat(DatabaseUnavailable.causes(new CannotGetJdbcConnectionException("pool timeout",
				new SQLTransientConnectionException("Connection is not available, request timed out after 3000ms")))).isTrue();
		assertThat(DatabaseUnavailable.causes(new CannotCreateTransactionException("no connection"))).isTrue();
		assertThat(DatabaseUnavailable.causes(new IllegalStateException("wrapped",
				new SQLException("FATAL: terminating connection due to unexpected postmaster exit", "57P01")))).isTrue();
		assertThat(DatabaseUnavailable.causes(new SQLException("An I/O error occurred", "08006"))).isTrue();
	}

	@Test
	void aFailedRollbackCountsByTheFailureThatEndedTheTransaction() {
		TransactionSystemException lost = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));
		lost.initApplicationException(new SQLException("terminating connection", "57P01"));
		assertThat(DatabaseUnavailable.causes(lost)).isTrue();

		assertThat(DatabaseUnavailable.causes(new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed")))).as("commit lost, then rollback on the closed connection")
				.isTrue();

		TransactionSystemException other = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));
		other.initApplicationException(new IllegalArgumentException("a bug"));
		assertThat(DatabaseUnavailable.causes(other)).isFalse();
	}

	@Test
	void aBrokenRuleOrABugIsNot() {
		assertThat(DatabaseUnavailable.causes(new DataIntegrityViolationException("duplicate key",
				new SQLException("duplicate key value", "23505")))).isFalse();
		assertThat(DatabaseUnavailable.causes(new NullPointerException())).isFalse();
	}
}
