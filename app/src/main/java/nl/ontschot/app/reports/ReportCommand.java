package nl.ontschot.app.reports;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import nl.ontschot.app.instrument.SteeringReport;
import nl.ontschot.app.workbook.Workbooks;
import nl.ontschot.engine.InvalidCaseException;
import nl.ontschot.engine.Notice;
import nl.ontschot.engine.calculation.PreparedCase;
import nl.ontschot.engine.json.CaseJson;
import nl.ontschot.engine.json.ResultJson;
import nl.ontschot.engine.result.UncertaintyResult;
import tools.jackson.databind.JsonNode;

/**
 * {@code ./ontschot report CASE.json [--pdf OUT.pdf] [--xlsx OUT.xlsx] [--lang nl|en]}: the steering group's
 * report and the controller's workbook of a case file, the same files as the server makes, without a server or a
 * database (the uncertainty, when the case has inputs for it, is run on the spot, once for both). Exit codes as the engine's command line: 0 done, 2 invalid case, 64 wrong
 * usage, 66 case file not found, 73 the output could not be written.
 */
public final class ReportCommand {

	static final int OK = 0;
	static final int INVALID_CASE = 2;
	static final int USAGE = 64;
	static final int NO_INPUT = 66;
	static final int CANNOT_CREATE = 73;

	private final PrintStream out;
	private final PrintStream err;
	private final MessageSource messages;

	ReportCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
		this.messages = messages();
	}

	/** The server's message bundles, read as the server reads them, for what runs without the server. */
	public static MessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	/** Runs the command on the process's standard streams and answers its exit code. */
	public static int execute(List<String> args) {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		return new ReportCommand(out, err).run(args);
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	int run(List<String> args) {
		Locale locale = "en".equals(System.getenv("ONTSCHOT_LANG")) ? Locale.ENGLISH : Locale.forLanguageTag("nl-NL");
		Map<String, String> options = new LinkedHashMap<>();
		List<String> files = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--help") || arg.equals("-h")) {
				out.print(text(locale, "report.cli.help"));
				return OK;
			}
			if (List.of("--pdf", "--xlsx", "--lang").contains(arg)) {
				if (i + 1 >= args.size()) {
					err.println(text(locale, "report.cli.needsValue", arg));
					return USAGE;
				}
				options.put(arg, args.get(++i));
			} else if (arg.startsWith("--")) {
				err.println(text(locale, "report.cli.unknownOption", arg));
				return USAGE;
			} else {
				files.add(arg);
			}
		}
		String lang = options.getOrDefault("--lang", locale.getLanguage());
		if (!List.of("nl", "en").contains(lang)) {
			err.println(text(locale, "report.cli.lang"));
			return USAGE;
		}
		locale = lang.equals("en") ? Locale.ENGLISH : Locale.forLanguageTag("nl-NL");
		if (files.size() != 1 || !options.containsKey("--pdf") && !options.containsKey("--xlsx")) {
			err.println(text(locale, "report.cli.usage"));
			return USAGE;
		}
		Path file = Path.of(files.get(0));
		List<Path> targets = List.of("--pdf", "--xlsx").stream().filter(options::containsKey)
				.map(o -> Path.of(options.get(o)).toAbsolutePath().normalize()).toList();
		if (targets.contains(file.toAbsolutePath().normalize()) || targets.stream().distinct().count() < targets.size()) {
			// the case file, or the one file twice: one of them would be lost
			err.println(text(locale, "report.cli.sameFile"));
			return USAGE;
		}
		String document;
		try {
			document = Files.readString(file, StandardCharsets.UTF_8);
		} catch (NoSuchFileException e) {
			err.println(text(locale, "report.cli.notFound", file));
			return NO_INPUT;
		} catch (IOException e) {
			err.println(text(locale, "report.cli.unreadable", file, String.valueOf(e.getMessage())));
			return NO_INPUT;
		}
		Map<Path, byte[]> written = new LinkedHashMap<>();
		try {
			PreparedCase prepared = PreparedCase.of(CaseJson.read(document));
			Optional<UncertaintyResult> uncertainty = prepared.source().uncertainty().inputs().isEmpty()
					? Optional.empty() : prepared.calculate().uncertainty();
			if (options.containsKey("--pdf")) {
				String source = text(locale, "report.cli.source", file.getFileName());
				written.put(Path.of(options.get("--pdf")), new PdfReport(messages).render(document,
						new SteeringReport.Source(source, LocalDate.now()), uncertainty, locale));
			}
			if (options.containsKey("--xlsx")) {
				written.put(Path.of(options.get("--xlsx")), Workbooks.export(document, uncertainty, messages, locale));
			}
		} catch (InvalidCaseException e) {
			for (Notice problem : e.problems()) {
				err.println("error: " + problem.line(locale));
			}
			return INVALID_CASE;
		}
		for (Map.Entry<Path, byte[]> target : written.entrySet()) {
			try {
				Files.write(target.getKey(), target.getValue());
			} catch (IOException e) {
				err.println(text(locale, "report.cli.cannotWrite", target.getKey(), String.valueOf(e.getMessage())));
				return CANNOT_CREATE;
			}
			out.println(text(locale, "report.cli.written", target.getKey()));
		}
		return OK;
	}
}
