package nl.ontschot.app.account;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A person who logs in; belongs to one organisation. {@code admin} manages accounts, not cases. */
@Table("app_user")
public record UserAccount(@Id Long id, String username, String passwordHash, String displayName,
		Long organisationId, boolean admin, Instant createdAt) {

	UserAccount withPasswordHash(String hash) {
		return new UserAccount(id, username, hash, displayName, organisationId, admin, createdAt);
	}
}
