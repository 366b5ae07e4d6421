package nl.ontschot.app.cases;

import java.util.UUID;

/**
 * Who works on a case, or for which party, is about to change (a member added, changed or removed), within
 * that change's transaction: a feature that depends on who works for which party (a signing under way) may
 * refuse it.
 */
public record CaseMembersChanging(UUID caseId) {
}
