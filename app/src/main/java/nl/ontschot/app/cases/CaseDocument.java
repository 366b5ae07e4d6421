package nl.ontschot.app.cases;

import java.util.UUID;

/** A case as another feature reads it: its document as saved, and the version that document is. */
public record CaseDocument(UUID id, int version, String document) {
}
