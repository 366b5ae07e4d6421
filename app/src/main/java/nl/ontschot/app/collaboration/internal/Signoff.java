package nl.ontschot.app.collaboration.internal;

import java.time.Instant;
import java.util.List;

/**
 * A version proposed for signature (the intentieverklaring): its content hash (SHA-256 of the version's
 * document as stored), who proposed it when, the signatures so far, and the parties that have not signed.
 * {@code signed} when every party of that version has.
 */
public record Signoff(int version, String hash, String proposedBy, Instant proposedAt, List<Signature> signatures,
		List<String> unsigned, boolean signed) {

	public Signoff {
		signatures = List.copyOf(signatures);
		unsigned = List.copyOf(unsigned);
	}

	/**
	 * A party's signature: who signed in its name, their function and organisation, when, and what;
	 * {@code onBehalf} when the case's owner signed for a party that nobody at the table works for.
	 */
	public record Signature(String party, String partyName, String name, String function, String organisation,
			Instant signedAt, String hash, boolean onBehalf) {
	}
}
