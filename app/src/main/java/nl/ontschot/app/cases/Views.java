package nl.ontschot.app.cases;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/** What the case API answers with. */
public final class Views {

	private Views() {
	}

	/** A case in the list of cases the caller may see. */
	public record CaseSummary(UUID id, String name, int version, Role role, Optional<String> party, Instant updatedAt,
			Optional<Added> added) {
	}

	/** Who added a member to a case, and when. */
	public record Added(String by, Instant at) {
	}

	/** One saved version. */
	public record VersionInfo(int version, Instant savedAt, String savedBy) {
	}

	/** A person as the history names them: their name and organisation. */
	public record Person(String name, String organisation) {
	}

	/** One line of the audit trail: who changed which field path from what to what. */
	public record AuditLine(long id, Instant at, String user, String action, Optional<Integer> version, String path,
			Optional<JsonNode> oldValue, Optional<JsonNode> newValue) {
	}

	/**
	 * A member of a case; {@code disabled} when the administrator of its organisation disabled the account, so
	 * that it can no longer log in and sign (the member stays until an owner removes it).
	 */
	public record Member(String username, String displayName, String organisation, Role role, Optional<String> party,
			Optional<Added> added, boolean disabled) {
	}

	/** What an owner sends to add or change a member. */
	public record MemberRequest(Role role, Optional<String> party) {
	}

	/** A template the product ships. */
	public record TemplateInfo(String id, String name, String description) {
	}
}
