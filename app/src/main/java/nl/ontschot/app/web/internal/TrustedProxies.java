package nl.ontschot.app.web.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Only a reverse proxy listed in {@code ontschot.trusted-proxies} (addresses or networks such as
 * {@code 10.0.0.0/8}) may say who the client is (X-Forwarded-For) and that it came over HTTPS
 * (X-Forwarded-Proto); from anyone else these headers are ignored. Tomcat's own default would trust every
 * private network, where any client on the same network could pretend another address to the login
 * throttle. Runs after Spring Boot's customizer, which adds the valve for
 * {@code server.forward-headers-strategy=native}.
 */
@Component
public class TrustedProxies implements WebServerFactoryCustomizer<TomcatWebServerFactory>, Ordered {

	private final String networks;

	public TrustedProxies(@Value("${ontschot.trusted-proxies:}") List<String> proxies) {
		this.networks = proxies.stream().map(String::strip).filter(p -> !p.isEmpty())
				.map(p -> p.contains("/") ? p : p + (p.contains(":") ? "/128" : "/32"))
				.collect(Collectors.joining(", "));
	}

	@Override
	public void customize(TomcatWebServerFactory factory) {
		factory.getEngineValves().stream().filter(RemoteIpValve.class::isInstance).map(RemoteIpValve.class::cast)
				.forEach(valve -> {
					valve.setInternalProxies(networks.isEmpty() ? null : networks);
					valve.setTrustedProxies(null);
				});
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
