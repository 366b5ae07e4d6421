package nl.ontschot.app.cases;

import java.time.Instant;
import java.util.UUID;

/** A case as stored: its document exactly as it was saved, and its version. */
public record StoredCase(UUID id, String name, String document, int version, Instant updatedAt) {
}
