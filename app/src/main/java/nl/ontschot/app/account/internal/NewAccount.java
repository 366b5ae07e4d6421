package nl.ontschot.app.account.internal;

/** An account an administrator creates in the organisation; {@code email} is optional. */
public record NewAccount(String username, String displayName, String email, String password) {
}
