package nl.ontschot.app.web.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

import nl.ontschot.app.web.ApiError;
import nl.ontschot.app.web.ErrorAnswers;
import nl.ontschot.app.web.SchemaRefs;
import nl.ontschot.engine.json.CaseJsonSchema;
import nl.ontschot.engine.json.CaseLimits;
import nl.ontschot.engine.json.ResultJsonSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API description at /v3/api-docs: both ways to authenticate, so that Swagger UI can try calls; the case
 * and the result as schemas written by the engine from its schema table (ADR 0012); and every error answer.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String API_ERROR = SchemaRefs.SCHEMAS + "ApiError";

	/** What the API holds, and the limits a client must know (ADR 0009). */
	static final String DESCRIPTION = String.format(Locale.ENGLISH, """
			Cases in the format of calculation.md, their results, versions, members and audit trail. The JSON \
			Schema of a case document is also served on its own, without login, at /schema/case.json.

			Limits: a request body is at most 5 MB of UTF-8 JSON (413 above it; 415 for another content type; \
			400 for text that is not UTF-8). A case holds at most %d parties and at most %,d lines (target \
			groups, activities, items and allocation keys together), and activities plus items times the years \
			of the horizon at most %,d (400 naming the limit). Text may not contain the NUL character. \
			Calculations run a few at a time, one per processor core, with a short queue: when it is full the \
			answer is 503 with Retry-After (seconds). A calculation answered within the request runs at most \
			20,000 Monte Carlo iterations of a case's uncertainty (400 above it).""", CaseLimits.MAX_PARTIES, CaseLimits.MAX_LINES,
			CaseLimits.MAX_LINE_YEARS);

	static {
		// values of a case in the audit trail: any JSON, not a class of Jackson's that clients would rebuild
		SpringDocUtils.getConfig().replaceWithSchema(JsonNode.class, new Schema<>().description("Any JSON value"));
	}

	/** What each error status means in this API; the body says exactly what, per path. */
	private static final Map<Integer, String> ERRORS = errors();

	private static Map<Integer, String> errors() {
		Map<Integer, String> errors = new LinkedHashMap<>();
		errors.put(400, "Invalid request: each problem with its path into the case, where it has one");
		errors.put(401, "No valid credentials (HTTP Basic or a personal Bearer token)");
		errors.put(403, "Not allowed for the caller's role");
		errors.put(404, "Not found, or not visible to the caller");
		errors.put(409, "Conflicts with the current state (the last owner, a name that is taken)");
		errors.put(412, "The case changed since the version in If-Match, or If-Match is not a version");
		errors.put(413, "The request body is larger than 5 MB");
		errors.put(415, "The request body is not application/json");
		errors.put(428, "If-Match is required");
		errors.put(429, "Too many attempts; try again later");
		errors.put(503, "Too many calculations at once; try again after Retry-After seconds");
		return errors;
	}

	@Bean
	OpenAPI ontschotApi() {
		return new OpenAPI()
				.info(new Info().title("Ontschot API").version("v1").description(DESCRIPTION)
						.license(new License().name("All rights reserved")
								.identifier("LicenseRef-All-rights-reserved")))
				// relative, so that the document holds wherever the application runs
				.servers(List.of(new Server().url("/").description("This application")))
				.components(new Components()
						.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
						.addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
				.addSecurityItem(new SecurityRequirement().addList("basic"))
				.addSecurityItem(new SecurityRequirement().addList("token"));
	}

	/** The case, the result and the error body as named schemas, from the engine's schema table and records. */
	@Bean
	OpenApiCustomizer schemas(MessageSource messages) {
		Map<String, ObjectNode> definitions = new LinkedHashMap<>(
				CaseJsonSchema.definitions(SchemaRefs.SCHEMAS, CaseSchemaController.englishLabels(messages)));
		definitions.putAll(ResultJsonSchema.definitions(SchemaRefs.SCHEMAS));
		return api -> {
			definitions.forEach((name, schema) -> api.getComponents().addSchemas(name, swagger(schema)));
			api.getComponents().addSchemas("ApiErrorItem", new Schema<>().types(Set.of("object"))
					.description("One problem: where (a path into the case, or empty) and a plain sentence in the "
							+ "caller's language.")
					.addProperty("path", new Schema<>().types(Set.of("string")))
					.addProperty("message", new Schema<>().types(Set.of("string")))
					.required(List.of("path", "message")));
			api.getComponents().addSchemas("ApiError", new Schema<>().types(Set.of("object"))
					.description("Every error answer of the API.")
					.addProperty("errors", new Schema<>().types(Set.of("array"))
							.items(new Schema<>().$ref(SchemaRefs.SCHEMAS + "ApiErrorItem")))
					.required(List.of("errors")));
		};
	}

	/** The engine writes JSON Schema as Jackson 3 trees; springdoc holds swagger's model of Jackson 2. */
	private static Schema<?> swagger(ObjectNode schema) {
		try {
			return Json31.mapper().readValue(schema.toString(), Schema.class);
		} catch (com.fasterxml.jackson.core.JsonProcessingException e) {
			throw new IllegalStateException("The engine wrote a schema swagger cannot read", e);
		}
	}

	/**
	 * The error answers of each operation, from its {@link ErrorAnswers}, which every API method must have, so
	 * that a new one cannot leave them out; 401 for all of them.
	 */
	@Bean
	OperationCustomizer errorAnswers() {
		return (operation, handler) -> {
			ErrorAnswers answers = handler.getMethodAnnotation(ErrorAnswers.class);
			if (answers == null) {
				throw new IllegalStateException("An API method without @ErrorAnswers: " + handler);
			}
			ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
			responses.addApiResponse("401", error(401));
			for (int status : answers.value()) {
				responses.addApiResponse(Integer.toString(status), error(status));
			}
			operation.setResponses(sorted(responses));
			return operation;
		};
	}

	private static ApiResponse error(int status) {
		String description = ERRORS.get(status);
		if (description == null) {
			throw new IllegalArgumentException("No description for error status " + status);
		}
		return new ApiResponse().description(description).content(new Content().addMediaType("application/json",
				new MediaType().schema(new Schema<>().$ref(API_ERROR))));
	}

	private static ApiResponses sorted(ApiResponses responses) {
		ApiResponses sorted = new ApiResponses();
		responses.keySet().stream().sorted().forEach(code -> sorted.addApiResponse(code, responses.get(code)));
		return sorted;
	}
}
