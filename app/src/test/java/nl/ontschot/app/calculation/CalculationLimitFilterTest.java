package nl.ontschot.app.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import nl.ontschot.app.calculation.internal.CalculationGate;
import nl.ontschot.app.calculation.internal.CalculationLimitFilter;
import nl.ontschot.app.web.ApiErrorWriter;
import tools.jackson.databind.json.JsonMapper;

/** Which requests take a turn at the gate, and what one that finds no turn is told. */
class CalculationLimitFilterTest {

	private final CalculationGate full = new CalculationGate(1, 0, Duration.ZERO);
	private final CalculationLimitFilter filter;

	CalculationLimitFilterTest() throws InterruptedException {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("api.busy", Locale.forLanguageTag("nl-NL"), "Even wachten");
		AcceptHeaderLocaleResolver locales = new AcceptHeaderLocaleResolver();
		locales.setDefaultLocale(Locale.forLanguageTag("nl-NL"));
		filter = new CalculationLimitFilter(full, new ApiErrorWriter(messages, locales, JsonMapper.builder().build()));
		assertThat(full.enter()).isTrue();
	}

	private MockHttpServletResponse request(String method, String uri) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(new MockHttpServletRequest(method, uri), response, new MockFilterChain());
		return response;
	}

	@Test
	void aCalculationThatFindsNoTurnIsToldToRetry() throws Exception {
		MockHttpServletResponse api = request("POST", "/api/v1/calculations");
		MockHttpServletResponse result = request("GET", "/api/v1/cases/abc/result");
		MockHttpServletResponse page = request("POST", "/cases/abc/field");

		assertThat(api.getStatus()).isEqualTo(503);
		assertThat(api.getHeader("Retry-After")).isEqualTo("2");
		assertThat(api.getContentAsString()).contains("Even wachten");
		assertThat(result.getStatus()).isEqualTo(503);
		assertThat(page.getStatus()).isEqualTo(503);
		assertThat(page.getHeader("Retry-After")).isEqualTo("2");
	}

	@Test
	void whatDoesNotCalculatePassesFreely() throws Exception {
		assertThat(request("GET", "/api/v1/cases").getStatus()).isEqualTo(200);
		assertThat(request("GET", "/api/v1/cases/abc").getStatus()).isEqualTo(200);
		assertThat(request("POST", "/api/v1/tokens").getStatus()).isEqualTo(200);
		assertThat(request("GET", "/cases").getStatus()).isEqualTo(200);
	}
}
