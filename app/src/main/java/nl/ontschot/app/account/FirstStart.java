package nl.ontschot.app.account;

/** Published once, when the admin account was created on an empty database. */
public record FirstStart(long adminUserId) {
}
