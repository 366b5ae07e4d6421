package nl.ontschot.app.cases;

import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * A new version of a case was saved, by {@code userId}, within the save's transaction: a feature that keeps
 * something about a case's figures (a party's approval) checks here what changed.
 */
public record CaseSaved(UUID caseId, int version, long userId, JsonNode before, JsonNode after) {
}
