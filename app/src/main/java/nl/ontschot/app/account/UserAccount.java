package nl.ontschot.app.account;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who logs in; belongs to one organisation. {@code admin} manages accounts, not cases, of every
 * organisation; {@code orgAdmin} those of its own organisation (ADR 0023). {@code email} is optional, and a
 * {@code disabled} account can neither log in nor use its tokens.
 */
@Table("app_user")
public record UserAccount(@Id Long id, String username, String passwordHash, String displayName,
		Long organisationId, boolean admin, Instant createdAt, String email, boolean orgAdmin, boolean disabled) {

	UserAccount withPasswordHash(String hash) {
		return new UserAccount(id, username, hash, displayName, organisationId, admin, createdAt, email, orgAdmin,
				disabled);
	}

	public UserAccount withDetails(String newDisplayName, String newEmail) {
		return new UserAccount(id, username, passwordHash, newDisplayName, organisationId, admin, createdAt, newEmail,
				orgAdmin, disabled);
	}

	public UserAccount withOrgAdmin(boolean granted) {
		return new UserAccount(id, username, passwordHash, displayName, organisationId, admin, createdAt, email,
				granted, disabled);
	}

	public UserAccount withDisabled(boolean off) {
		return new UserAccount(id, username, passwordHash, displayName, organisationId, admin, createdAt, email,
				orgAdmin, off);
	}

	/** Active organisation administrators keep their organisation managed (the last one stays). */
	public boolean activeOrgAdmin() {
		return orgAdmin && !disabled;
	}
}
