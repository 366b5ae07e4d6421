package nl.ontschot.app.account.internal;

/**
 * What an administrator changes of an account; {@code null} leaves a value as it is, and an empty
 * {@code email} removes the address.
 */
public record AccountChange(String displayName, String email, Boolean orgAdmin, Boolean disabled) {
}
