package nl.ontschot.app.collaboration.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A party of a case and its approval: the version it approved, by whom and when, and the version whose save
 * changed its figures since (empty when none did, or when it has not approved).
 */
public record PartyApproval(String party, String name, ApprovalStatus status, OptionalInt version,
		Optional<String> approvedBy, Optional<Instant> approvedAt, OptionalInt changedIn) {
}
