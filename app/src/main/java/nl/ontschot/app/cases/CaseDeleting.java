package nl.ontschot.app.cases;

import java.util.UUID;

/**
 * A case is about to be deleted, within the deletion's transaction: a feature that keeps what the parties
 * agreed on it (a signed version) may refuse it.
 */
public record CaseDeleting(UUID caseId) {
}
