package nl.ontschot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The app's features are modules: each one's API is its package root, the rest is in {@code internal}, and no
 * two modules depend on each other in a cycle. The module documentation in {@code docs/modules} is written
 * from the same model: this test fails when it no longer matches the code, and writes it anew when run with
 * {@code -Dontschot.modules.write=true}. The documenter lists relations in no fixed order, so each file is
 * compared line by line, in order of its lines.
 */
class ModulesTest {

	static final ApplicationModules MODULES = ApplicationModules.of(OntschotApplication.class);
	static final Path DOCS = Path.of("..", "docs", "modules");

	@Test
	void everyModuleUsesOnlyTheApiOfTheOthersAndNoneDependOnEachOtherInACycle() {
		MODULES.verify();
		assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString)).contains("cases",
				"instrument", "reports", "collaboration", "account", "security", "notifications", "workbook");
	}

	@Test
	void theModuleDocumentationInDocsIsTheOneTheCodeGives() throws IOException {
		Path generated = Path.of("target", "modules");
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
				.writeDocumentation();
		if (Boolean.getBoolean("ontschot.modules.write")) {
			Files.createDirectories(DOCS);
			try (Stream<Path> all = Files.list(generated)) {
				for (Path file : all.toList()) {
					Files.copy(file, DOCS.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		assertThat(files(DOCS)).as("docs/modules; write it anew with -Dontschot.modules.write=true")
				.isEqualTo(files(generated));
	}

	private static Map<String, String> files(Path folder) throws IOException {
		Map<String, String> files = new TreeMap<>();
		if (Files.isDirectory(folder)) {
			try (Stream<Path> all = Files.list(folder)) {
				all.forEach(f -> files.put(f.getFileName().toString(), sortedLines(read(f))));
			}
		}
		return files;
	}

	private static String sortedLines(String text) {
		return text.lines().sorted().collect(Collectors.joining("\n"));
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
