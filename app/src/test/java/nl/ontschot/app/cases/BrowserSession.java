package nl.ontschot.app.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** A person in a browser: a session cookie, and the CSRF token of the last page read. */
public class BrowserSession {

	/** What a browser accepts when it submits a form: a page first. */
	public static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	private final int port;
	private final String language;
	private String csrf = "";

	public BrowserSession(int port, String username, String password, String language) {
		this.port = port;
		this.language = language;
		get("/login");
		HttpResponse<String> login = post("/login", Map.of("username", username, "password", password));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
	}

	public HttpResponse<String> get(String path) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
		String token = response.body().replaceAll("(?s).*?name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		if (!token.equals(response.body())) {
			csrf = token;
		}
		return response;
	}

	/** A file as a browser downloads it: its bytes as they came. */
	public HttpResponse<byte[]> download(String path) {
		try {
			return http.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", language).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** A page asked for as a browser asks, HTML first. */
	public HttpResponse<String> getHtml(String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", BROWSER_ACCEPT).GET());
	}

	public HttpResponse<String> post(String path, Map<String, String> form) {
		String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
				.collect(Collectors.joining("&")) + "&_csrf=" + enc(csrf);
		return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
				.header("HX-Request", "true").POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** A form with one file, as a browser sends it (multipart/form-data, the form's token among its fields). */
	public HttpResponse<String> upload(String path, String field, String fileName, byte[] content) {
		String boundary = "----ontschot" + System.nanoTime();
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/json\r\n\r\n";
		String tail = "\r\n--" + boundary + "--\r\n";
		byte[] body = new byte[head.length() + content.length + tail.length()];
		System.arraycopy(head.getBytes(StandardCharsets.ISO_8859_1), 0, body, 0, head.length());
		System.arraycopy(content, 0, body, head.length(), content.length);
		System.arraycopy(tail.getBytes(StandardCharsets.ISO_8859_1), 0, body, head.length() + content.length,
				tail.length());
		return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.header("Accept", BROWSER_ACCEPT).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.header("Accept-Language", language).build(),
					HttpResponse.BodyHandlers.ofString());
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** Creates a case from a template on the case list and returns its page address (/cases/ID). */
	public String createCase(String template) {
		get("/cases");
		HttpResponse<String> created = post("/cases", Map.of("template", template));
		assertThat(created.statusCode()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		return location.substring(location.indexOf("/cases/"), location.lastIndexOf('/'));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}
}
