/**
 * The embedded PostgreSQL server, or an external one with {@code ONTSCHOT_DB_URL}
 * ({@link DatabaseServer}). Its configuration and watchdog are in {@code internal}.
 */
@ApplicationModule(displayName = "Database", allowedDependencies = { "configuration" })
package nl.ontschot.app.database;

import org.springframework.modulith.ApplicationModule;
