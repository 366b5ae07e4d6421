package nl.ontschot.app.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.springframework.stereotype.Component;

import nl.ontschot.app.configuration.OntschotProperties;

/** DATA/initial-admin-password: the generated first password, readable by the owner only, removed once changed. */
@Component
public class InitialPasswordFile {

	private final Path file;

	InitialPasswordFile(OntschotProperties properties) {
		this.file = properties.dataDir().resolve("initial-admin-password");
	}

	public Path path() {
		return file;
	}

	public void write(String password) {
		try {
			Files.createDirectories(file.getParent());
			Files.deleteIfExists(file);
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			Files.writeString(file, password + System.lineSeparator());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	void remove() {
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
