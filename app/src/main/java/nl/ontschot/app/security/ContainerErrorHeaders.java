package nl.ontschot.app.security;

import java.io.IOException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

import jakarta.servlet.ServletException;

/**
 * The security headers on every answer, also on the ones Tomcat writes itself without reaching the
 * application (an invalid URL such as {@code /%}, a request it refuses): a valve at the start of Tomcat's
 * pipeline sets them first. Spring Security writes the same headers later and keeps these, as it does not
 * overwrite a header that is present.
 */
@Component
class ContainerErrorHeaders implements WebServerFactoryCustomizer<TomcatWebServerFactory> {

	@Override
	public void customize(TomcatWebServerFactory factory) {
		factory.addEngineValves(new HeadersValve());
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
