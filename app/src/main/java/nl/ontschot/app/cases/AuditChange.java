package nl.ontschot.app.cases;

import java.util.Optional;

/** One changed field path with its old and new value as JSON text (empty where there was none). */
public record AuditChange(String path, Optional<String> oldValue, Optional<String> newValue) {
}
