package nl.ontschot.app.web;

import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import nl.ontschot.engine.json.CaseLimits;

/** The API description at /v3/api-docs: both ways to authenticate, so that Swagger UI can try calls. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	/** What the API holds, and the limits a client must know (ADR 0009). */
	static final String DESCRIPTION = String.format(Locale.ENGLISH, """
			Cases in the format of calculation.md, their results, versions, members and audit trail.

			Limits: a request body is at most 5 MB of UTF-8 JSON (413 above it; 415 for another content type; \
			400 for text that is not UTF-8). A case holds at most %d parties and at most %,d lines (target \
			groups, activities, items and allocation keys together), and activities plus items times the years \
			of the horizon at most %,d (400 naming the limit). Text may not contain the NUL character. \
			Calculations run a few at a time, one per processor core, with a short queue: when it is full the \
			answer is 503 with Retry-After (seconds).""", CaseLimits.MAX_PARTIES, CaseLimits.MAX_LINES,
			CaseLimits.MAX_LINE_YEARS);

	@Bean
	OpenAPI ontschotApi() {
		return new OpenAPI()
				.info(new Info().title("Ontschot API").version("v1").description(DESCRIPTION))
				.components(new Components()
						.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
						.addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
				.addSecurityItem(new SecurityRequirement().addList("basic"))
				.addSecurityItem(new SecurityRequirement().addList("token"));
	}
}
