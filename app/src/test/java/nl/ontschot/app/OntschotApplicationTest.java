package nl.ontschot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OntschotApplicationTest {

	@Test
	void theLaunchersOptionsBecomeSpringProperties() {
		assertThat(OntschotApplication.springArguments(
				new String[] { "--port", "9090", "--host", "0.0.0.0", "--data", "/tmp/x", "--no-demo", "--debug" }))
				.containsExactly("--server.port=9090", "--server.address=0.0.0.0", "--ontschot.data-dir=/tmp/x",
						"--ontschot.demo=false", "--debug");
		assertThatThrownBy(() -> OntschotApplication.springArguments(new String[] { "--port" }))
				.hasMessage("--port needs a value");
	}
}
