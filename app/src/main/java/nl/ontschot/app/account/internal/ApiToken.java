package nl.ontschot.app.account.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A personal API token; only its SHA-256 hash is stored. {@code revokedAt} is null while it is valid. */
@Table("api_token")
public record ApiToken(@Id Long id, Long userId, String name, String tokenHash, Instant createdAt,
		Instant revokedAt) {

	public boolean revoked() {
		return revokedAt != null;
	}

	public ApiToken revoke(Instant at) {
		return new ApiToken(id, userId, name, tokenHash, createdAt, at);
	}
}
