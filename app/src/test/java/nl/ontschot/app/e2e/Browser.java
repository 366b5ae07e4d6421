package nl.ontschot.app.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright, never a downloaded browser. Screenshots go to
 * app/target/e2e/, where CI keeps them.
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	static final Path SCREENSHOTS = Path.of("target", "e2e");

	private final Playwright playwright;
	private final com.microsoft.playwright.Browser browser;

	Browser() {
		playwright = Playwright.create(new Playwright.CreateOptions()
				.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
						"--no-first-run", "--disable-background-networking", "--disable-component-update",
						"--disable-sync")));
	}

	Page page(String locale) {
		// axe is injected by the test itself, so the page's own Content-Security-Policy may be bypassed
		return browser.newContext(new NewContextOptions().setLocale(locale).setBypassCSP(true)
				.setViewportSize(1400, 1000)).newPage();
	}

	static void screenshot(Page page, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

	/** The serious and critical accessibility violations axe-core finds on the page, one line each. */
	@SuppressWarnings("unchecked")
	static List<String> seriousViolations(Page page) {
		page.evaluate(axeSource());
		List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate(
				"async () => (await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}))"
						+ ".violations.map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length}))");
		List<String> serious = new ArrayList<>();
		for (Map<String, Object> v : violations) {
			if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
				serious.add(v.get("id") + " (" + v.get("impact") + ", " + v.get("nodes") + "x): " + v.get("help"));
			}
		}
		return serious;
	}

	private static String axeSource() {
		try (InputStream in = Browser.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe-core is missing from the test class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		browser.close();
		playwright.close();
	}
}
