package nl.ontschot.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared spec folder beside the checkout: example cases with their expected results, benchmark cases. */
public final class SharedFiles {

	private SharedFiles() {
	}

	public static Path root() {
		Path root = Path.of(System.getProperty("ontschot.shared", "../../shared")).toAbsolutePath().normalize();
		if (!Files.isDirectory(root.resolve("cases"))) {
			throw new IllegalStateException("The shared folder with example cases is missing: " + root);
		}
		return root;
	}

	/** The names of the example cases that have an expected result (druppelbril, ...). */
	public static List<String> exampleCases() {
		return exampleCases("cases");
	}

	/** The names of the example cases of schema version 2 (calculation.md section 6) with an expected result. */
	public static List<String> exampleCasesV2() {
		return exampleCases("cases-v2");
	}

	private static List<String> exampleCases(String folder) {
		try (Stream<Path> files = Files.list(root().resolve(folder))) {
			return files.map(p -> p.getFileName().toString())
					.filter(n -> n.endsWith(".expected.json"))
					.map(n -> n.substring(0, n.length() - ".expected.json".length()))
					.sorted()
					.toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static String read(String relative) {
		try {
			return Files.readString(root().resolve(relative));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
