package nl.ontschot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;

import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import nl.ontschot.app.web.internal.ApiErrors;

/** A browser that leaves before its answer is no error of ours; anything else unexpected is a 500 in words. */
class ApiErrorsTest {

	private final StaticMessageSource messages = new StaticMessageSource();
	private final ApiErrors errors = new ApiErrors(messages);

	ApiErrorsTest() {
		messages.addMessage("api.unexpected", Locale.forLanguageTag("nl"), "Er ging iets mis aan onze kant.");
	}

	@Test
	void aClientThatWentAwayGetsNoAnswer() {
		Object answer = errors.unexpected(new ClientAbortException(new IOException("Broken pipe")),
				new MockHttpServletRequest("GET", "/api/v1/cases"), new MockHttpServletResponse(),
				Locale.forLanguageTag("nl"));

		assertThat(answer).isNull();
	}

	@Test
	void anythingElseUnexpectedIsA500InWords() {
		Object answer = errors.unexpected(new IllegalStateException("kapot"),
				new MockHttpServletRequest("GET", "/api/v1/cases"), new MockHttpServletResponse(),
				Locale.forLanguageTag("nl"));

		assertThat(answer).isInstanceOf(ResponseEntity.class);
		assertThat(((ResponseEntity<?>) answer).getStatusCode().value()).isEqualTo(500);
		assertThat(((ResponseEntity<?>) answer).getBody().toString()).contains("Er ging iets mis aan onze kant.")
				.doesNotContain("kapot");
	}
}
