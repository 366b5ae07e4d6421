package nl.ontschot.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.ontschot.engine.InvalidCaseException;
import nl.ontschot.engine.Notice;
import nl.ontschot.engine.calculation.PreparedCase;
import nl.ontschot.engine.json.CaseJson;
import nl.ontschot.engine.json.ResultJson;
import nl.ontschot.engine.model.Case;
import nl.ontschot.engine.model.Uncertainty;
import nl.ontschot.engine.result.CalculationResult;
import nl.ontschot.engine.text.Amounts;

/**
 * The command line: {@code ontschot calculate CASE.json [--format json|table] [--iterations N] [--seed S]
 * [--lang nl|en]}; {@code --iterations} and {@code --seed} replace those of the case's uncertainty (6.8). Exit codes
 * follow sysexits: 0 done, 2 invalid case, 64 wrong usage, 66 file not found.
 */
public final class Main {

	static final int OK = 0;
	static final int INVALID_CASE = 2;
	static final int USAGE = 64;
	static final int NO_INPUT = 66;

	private final PrintStream out;
	private final PrintStream err;
	/** Whether err is a terminal, where a long Monte Carlo run shows its progress. */
	private final boolean showProgress;
	private Locale locale;

	Main(PrintStream out, PrintStream err, Locale locale) {
		this(out, err, locale, false);
	}

	Main(PrintStream out, PrintStream err, Locale locale, boolean showProgress) {
		this.out = out;
		this.err = err;
		this.locale = locale;
		this.showProgress = showProgress;
	}

	public static void main(String[] args) {
		PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		// a console means both standard streams are a terminal, where a line overwritten with \r reads well
		int code = new Main(out, err, defaultLocale(), System.console() != null).run(args);
		out.flush();
		System.exit(code);
	}

	/** Dutch unless ONTSCHOT_LANG says en. */
	private static Locale defaultLocale() {
		String lang = System.getenv("ONTSCHOT_LANG");
		return "en".equals(lang) ? Locale.ENGLISH : Texts.DUTCH;
	}

	int run(String[] args) {
		List<String> rest = new ArrayList<>(List.of(args));
		if (!takeLanguage(rest)) {
			return USAGE;
		}
		if (rest.isEmpty() || isHelp(rest.get(0))) {
			out.print(Texts.get(locale, "help.main"));
			return rest.isEmpty() ? USAGE : OK;
		}
		String command = rest.remove(0);
		if (!command.equals("calculate")) {
			err.println(Texts.get(locale, "error.unknownCommand", command));
			return USAGE;
		}
		return calculate(rest);
	}

	private boolean takeLanguage(List<String> args) {
		int at = args.indexOf("--lang");
		if (at < 0) {
			return true;
		}
		if (at + 1 >= args.size() || !List.of("nl", "en").contains(args.get(at + 1))) {
			err.println(Texts.get(locale, "error.lang"));
			return false;
		}
		locale = args.get(at + 1).equals("en") ? Locale.ENGLISH : Texts.DUTCH;
		args.remove(at + 1);
		args.remove(at);
		return true;
	}

	/** Calculates with a line on err of the iterations done, overwritten as they go and cleared at the end. */
	private CalculationResult calculateShowingProgress(PreparedCase prepared, int iterations) {
		String total = Amounts.number(iterations, 0, locale);
		int[] shown = {0, 0}; // the iterations last shown and the length of that line
		CalculationResult result = prepared.calculate(done -> {
			// blocks finish on several threads: never show a smaller count after a larger one
			synchronized (shown) {
				if (done > shown[0]) {
					String line = Texts.get(locale, "progress.uncertainty", Amounts.number(done, 0, locale), total);
					err.print("\r" + line);
					err.flush();
					shown[0] = done;
					shown[1] = line.length();
				}
			}
		});
		if (shown[1] > 0) {
			err.print("\r" + " ".repeat(shown[1]) + "\r");
			err.flush();
		}
		return result;
	}

	/** A whole number, or null for anything else. */
	private static Long whole(String text) {
		try {
			return Long.parseLong(text);
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private static boolean isHelp(String arg) {
		return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
	}

	private int calculate(List<String> args) {
		if (args.stream().anyMatch(Main::isHelp)) {
			out.print(Texts.get(locale, "help.calculate"));
			return OK;
		}
		String format = "json";
		Integer iterations = null;
		Long seed = null;
		Path file = null;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--format")) {
				if (i + 1 >= args.size() || !List.of("json", "table").contains(args.get(i + 1))) {
					err.println(Texts.get(locale, "error.format"));
					return USAGE;
				}
				format = args.get(++i);
			} else if (arg.equals("--iterations")) {
				Long n = i + 1 < args.size() ? whole(args.get(i + 1)) : null;
				if (n == null || n < 1 || n > 1_000_000) {
					err.println(Texts.get(locale, "error.iterations"));
					return USAGE;
				}
				iterations = n.intValue();
				i++;
			} else if (arg.equals("--seed")) {
				seed = i + 1 < args.size() ? whole(args.get(i + 1)) : null;
				if (seed == null) {
					err.println(Texts.get(locale, "error.seed"));
					return USAGE;
				}
				i++;
			} else if (arg.startsWith("-") && !arg.equals("-")) {
				err.println(Texts.get(locale, "error.unknownOption", arg));
				return USAGE;
			} else if (file == null) {
				file = Path.of(arg);
			} else {
				err.println(Texts.get(locale, "error.oneFile"));
				return USAGE;
			}
		}
		if (file == null) {
			err.println(Texts.get(locale, "error.noFile"));
			return USAGE;
		}
		String json;
		try {
			json = file.toString().equals("-") ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
					: Files.readString(file, StandardCharsets.UTF_8);
		} catch (NoSuchFileException e) {
			err.println(Texts.get(locale, "error.fileNotFound", file));
			return NO_INPUT;
		} catch (IOException e) {
			err.println(Texts.get(locale, "error.fileUnreadable", file, String.valueOf(e.getMessage())));
			return NO_INPUT;
		}
		try {
			Case c = CaseJson.read(json);
			if (iterations != null || seed != null) {
				Uncertainty u = c.uncertainty();
				c = c.withUncertainty(new Uncertainty(iterations != null ? iterations : u.iterations(),
						seed != null ? seed : u.seed(), u.inputs()));
			}
			PreparedCase prepared = PreparedCase.of(c);
			CalculationResult result = showProgress ? calculateShowingProgress(prepared, c.uncertainty().iterations())
					: prepared.calculate();
			out.println(format.equals("table") ? new Table(prepared, result, locale).render() : ResultJson.write(result));
			return OK;
		} catch (InvalidCaseException e) {
			for (Notice problem : e.problems()) {
				err.println("error: " + problem.line(locale));
			}
			return INVALID_CASE;
		}
	}
}
