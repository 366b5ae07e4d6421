package nl.ontschot.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for tests: the API as a client program sees it, over real HTTP. */
public final class Api {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();
	private final String base;
	private final Optional<String> authorization;
	private final Map<String, String> headers;

	private Api(String base, Optional<String> authorization, Map<String, String> headers) {
		this.base = base;
		this.authorization = authorization;
		this.headers = headers;
	}

	public static Api at(int port) {
		return new Api("http://localhost:" + port, Optional.empty(), Map.of());
	}

	public Api as(String username, String password) {
		String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return new Api(base, Optional.of("Basic " + basic), headers);
	}

	public Api withToken(String token) {
		return new Api(base, Optional.of("Bearer " + token), headers);
	}

	public Api anonymous() {
		return new Api(base, Optional.empty(), headers);
	}

	public Api header(String name, String value) {
		Map<String, String> more = new LinkedHashMap<>(headers);
		more.put(name, value);
		return new Api(base, authorization, more);
	}

	public record Response(int status, HttpResponse<String> raw) {

		public String body() {
			return raw.body();
		}

		public JsonNode json() {
			return JSON.readTree(raw.body());
		}

		public Optional<String> header(String name) {
			return raw.headers().firstValue(name);
		}

		@Override
		public String toString() {
			return status + " " + raw.body();
		}
	}

	public Response get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	public Response post(String path, String body) {
		return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public Response put(String path, String body) {
		return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Any request with a body as bytes, for bodies that are not what a well-behaved client sends. */
	public Response send(String method, String path, String contentType, byte[] body) {
		return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
				.method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	public Response delete(String path) {
		return send(HttpRequest.newBuilder(uri(path)).DELETE());
	}

	private URI uri(String path) {
		return URI.create(base + path);
	}

	private Response send(HttpRequest.Builder request) {
		authorization.ifPresent(a -> request.header("Authorization", a));
		headers.forEach(request::header);
		try {
			HttpResponse<String> response = http.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response.statusCode(), response);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
