package nl.ontschot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The app's features are modules (ADR 25): each one's API is its package root, the rest is in {@code internal},
 * each depends only on the modules its {@code package-info} allows, and none depend on each other in a cycle.
 * The module documentation in {@code docs/modules} is written from the same model: this test fails when it no
 * longer matches the code, and writes it anew when run with {@code -Dontschot.modules.write=true}.
 */
class ModulesTest {

	static final ApplicationModules MODULES = ApplicationModules.of(OntschotApplication.class);
	static final Path DOCS = Path.of("..", "docs", "modules");
	static final Path SOURCES = Path.of("src", "main", "java", "nl", "ontschot", "app");
	static final Pattern IMPORT = Pattern.compile("^import (?:static )?nl\\.ontschot\\.app\\.(\\w+)\\.internal\\.",
			Pattern.MULTILINE);

	@Test
	void everyModuleUsesOnlyTheApiOfTheOthersItIsAllowedAndNoneDependOnEachOtherInACycle() {
		MODULES.verify();
		assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
				.containsExactlyInAnyOrder("account", "calculation", "cases", "collaboration", "configuration",
						"database", "instrument", "notifications", "reports", "security", "simulation", "templates",
						"web", "workbook");
	}

	/**
	 * The check above reads compiled classes, in which a constant of another class is copied in: an import of
	 * another module's internal constant leaves no trace there. The sources keep it.
	 */
	@Test
	void noSourceImportsTheInternalsOfAnotherModule() throws IOException {
		List<String> reaching = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Path relative = SOURCES.relativize(file);
				String own = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
				Matcher m = IMPORT.matcher(Files.readString(file));
				while (m.find()) {
					if (!m.group(1).equals(own)) {
						reaching.add(relative + " uses " + m.group(1) + ".internal");
					}
				}
			}
		}
		assertThat(reaching).isEmpty();
	}

	/**
	 * The documenter lists relations and members in no fixed order, so each file is compared as the sorted set of
	 * its lines; a file that is new, gone or changed in any line fails.
	 */
	@Test
	void theModuleDocumentationInDocsIsTheOneTheCodeGives() throws IOException {
		Path generated = Path.of("target", "modules");
		clear(generated);
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
				.writeDocumentation();
		if (Boolean.getBoolean("ontschot.modules.write")) {
			clear(DOCS);
			Files.createDirectories(DOCS);
			try (Stream<Path> all = Files.list(generated)) {
				for (Path file : all.toList()) {
					Files.copy(file, DOCS.resolve(file.getFileName()));
				}
			}
		}
		assertThat(files(DOCS)).as("docs/modules; write it anew with -Dontschot.modules.write=true")
				.isEqualTo(files(generated));
	}

	private static void clear(Path folder) throws IOException {
		if (Files.isDirectory(folder)) {
			try (Stream<Path> all = Files.list(folder)) {
				for (Path file : all.toList()) {
					Files.delete(file);
				}
			}
		}
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
