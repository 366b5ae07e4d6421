package nl.ontschot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

import nl.ontschot.app.web.internal.TrustedProxies;

/** Tomcat would trust every private network by default; Ontschot trusts only the proxies it is given. */
class TrustedProxiesTest {

	@Test
	void onlyTheListedProxiesAreTrusted() {
		assertThat(internalProxies(List.of())).isNull();
		assertThat(internalProxies(List.of("127.0.0.1", " ::1", "10.1.0.0/16")).split(", "))
				.containsExactlyInAnyOrder("127.0.0.1/32", "::1/128", "10.1.0.0/16");
	}

	private static String internalProxies(List<String> proxies) {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
		RemoteIpValve valve = new RemoteIpValve();
		factory.addEngineValves(valve);
		new TrustedProxies(proxies).customize(factory);
		return valve.getInternalProxies();
	}
}
