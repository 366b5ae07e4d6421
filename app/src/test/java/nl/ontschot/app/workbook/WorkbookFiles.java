package nl.ontschot.app.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.support.ResourceBundleMessageSource;

import nl.ontschot.engine.SharedFiles;

/** What the workbook tests share: the app's texts without a Spring context, and the shared example cases. */
final class WorkbookFiles {

	private WorkbookFiles() {
	}

	/** The message source the command line builds by hand. */
	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	/** Every shared example case, of both versions, as a path under the shared folder. */
	static List<String> examples() {
		List<String> all = new ArrayList<>();
		SharedFiles.exampleCases().forEach(n -> all.add("cases/" + n + ".json"));
		SharedFiles.exampleCasesV2().forEach(n -> all.add("cases-v2/" + n + ".json"));
		return all;
	}

	static Stream<String> examplesAndTheLargeCase() {
		return Stream.concat(examples().stream(), Stream.of("bench/large-25-parties.json"));
	}

	static Workbook open(byte[] bytes) {
		try {
			return new XSSFWorkbook(new ByteArrayInputStream(bytes));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
