package nl.ontschot.app.database.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The password of the embedded server's superuser, generated once and kept in DATA/postgres-password,
 * readable by the owner only. It lives beside the server's folder because initdb wants an empty folder.
 */
public record DatabasePassword(Path file, String value) {

	public static DatabasePassword readOrCreate(Path file) throws IOException {
		if (Files.exists(file)) {
			return new DatabasePassword(file, Files.readString(file).strip());
		}
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		// URL-safe Base64: letters, digits, '-' and '_', so it needs no quoting in SQL or in a pwfile
		String value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		Files.createDirectories(file.getParent());
		Path written = Files.createTempFile(file.getParent(), "postgres-password", ".tmp",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		Files.writeString(written, value + "\n");
		// moved into place whole, so that a crash never leaves a half-written password behind
		Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
		return new DatabasePassword(file, value);
	}

	/** Names the file only, so that the password never ends up in a log. */
	@Override
	public String toString() {
		return "DatabasePassword[" + file + "]";
	}
}
