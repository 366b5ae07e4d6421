package nl.ontschot.app.security.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.catalina.Host;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

import jakarta.servlet.ServletException;

/**
 * The security headers on every answer, also on the ones Tomcat writes itself without reaching the
 * application (an invalid URL such as {@code /%}, a request it refuses): a valve at the start of Tomcat's
 * pipeline sets them first. Spring Security writes the same headers later and keeps these, as it does not
 * overwrite a header that is present. Those answers show a short page of Ontschot's, not Tomcat's own.
 */
@Component
class ContainerErrorHeaders implements WebServerFactoryCustomizer<TomcatWebServerFactory> {

	/** What Tomcat shows for an answer it writes itself: Dutch first, no server name, no report. */
	private static final String PAGE = """
			<!DOCTYPE html>
			<html lang="nl"><head><meta charset="utf-8"><title>Ongeldig verzoek - Ontschot</title></head>
			<body><h1>Dit verzoek kan Ontschot niet lezen</h1>
			<p>Controleer het adres. <a href="/">Naar de start van Ontschot</a></p>
			<p lang="en">Ontschot cannot read this request. Check the address. <a href="/">Ontschot's start page</a></p>
			</body></html>
			""";

	@Override
	public void customize(TomcatWebServerFactory factory) {
		factory.addEngineValves(new HeadersValve());
		Path page = errorPage();
		// the host's error report valves exist once the host has started; each then shows this page
		factory.addContextCustomizers(context -> context.getParent().addLifecycleListener(event -> {
			if (Lifecycle.AFTER_START_EVENT.equals(event.getType()) && event.getLifecycle() instanceof Host host) {
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve report) {
						report.setShowReport(false);
						report.setShowServerInfo(false);
						report.setProperty("errorCode.0", page.toString());
					}
				}
			}
		}));
	}

	private static Path errorPage() {
		try {
			Path page = Files.createTempFile("ontschot-error-", ".html");
			page.toFile().deleteOnExit();
			return Files.writeString(page, PAGE, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static final class HeadersValve extends ValveBase {

		HeadersValve() {
			super(true);
		}

		@Override
		public void invoke(Request request, Response response) throws IOException, ServletException {
			SecurityConfiguration.STATIC_HEADERS.forEach(response::setHeader);
			getNext().invoke(request, response);
		}
	}
}
