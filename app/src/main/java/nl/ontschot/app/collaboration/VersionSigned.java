package nl.ontschot.app.collaboration;

import java.util.Objects;
import java.util.UUID;

/**
 * The last party's signature landed: every party has signed this version of the case (with this content hash),
 * within that signature's transaction. Heard by whoever tells the members that the agreement stands.
 */
public record VersionSigned(UUID caseId, int version, String contentHash) {

	public VersionSigned {
		Objects.requireNonNull(caseId);
		Objects.requireNonNull(contentHash);
	}
}
