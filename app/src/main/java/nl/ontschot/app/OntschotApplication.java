package nl.ontschot.app;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import nl.ontschot.app.reports.ReportCommand;

@SpringBootApplication
@ConfigurationPropertiesScan
public class OntschotApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("report")) {
			// a document from a case file: no server, no database
			System.exit(ReportCommand.execute(List.of(args).subList(1, args.length)));
			return;
		}
		String[] spring;
		try {
			spring = springArguments(args);
		} catch (IllegalArgumentException e) {
			System.err.println("ontschot: " + e.getMessage());
			System.exit(64);
			return;
		}
		SpringApplication.run(OntschotApplication.class, spring);
	}

	/**
	 * Translates the launcher's options ({@code --port N}, {@code --host H}, {@code --data DIR},
	 * {@code --no-demo}) into Spring properties; other arguments pass through unchanged.
	 */
	static String[] springArguments(String[] args) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--port" -> out.add("--server.port=" + value(args, ++i, "--port"));
				case "--host" -> out.add("--server.address=" + value(args, ++i, "--host"));
				case "--data" -> out.add("--ontschot.data-dir=" + value(args, ++i, "--data"));
				case "--no-demo" -> out.add("--ontschot.demo=false");
				default -> out.add(args[i]);
			}
		}
		return out.toArray(String[]::new);
	}

	private static String value(String[] args, int i, String option) {
		if (i >= args.length) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return args[i];
	}
}
