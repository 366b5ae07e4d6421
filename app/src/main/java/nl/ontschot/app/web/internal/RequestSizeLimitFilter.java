package nl.ontschot.app.web.internal;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import nl.ontschot.app.configuration.OntschotProperties;
import nl.ontschot.app.web.ApiErrorWriter;
import nl.ontschot.app.web.PayloadTooLargeException;

/**
 * Refuses request bodies over the limit (5 MB) with 413: at once when the declared length is too large, or
 * while reading a body sent without a length. The API gets its JSON, a page (a file chosen in a form) the
 * error page with the sentence that the file is too large.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long limit;
	private final ApiErrorWriter errors;

	RequestSizeLimitFilter(OntschotProperties properties, ApiErrorWriter errors) {
		this.limit = properties.maxRequestBytes();
		this.errors = errors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > limit) {
			response.setHeader("Connection", "close");
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				errors.write(request, response, 413, "api.tooLarge");
			} else {
				// on the way to the error page Spring meets a form's file over its multipart limit once more
				// (ApiErrors.uploadTooLarge); any other body gets error.html's sentence for 413
				response.sendError(413);
			}
			return;
		}
		chain.doFilter(new Limited(request, limit), response);
	}

	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;

		Limited(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream in = super.getInputStream();
			return new ServletInputStream() {
				private long read;

				@Override
				public int read() throws IOException {
					int b = in.read();
					if (b >= 0) {
						count(1);
					}
					return b;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int n = in.read(buffer, offset, length);
					if (n > 0) {
						count(n);
					}
					return n;
				}

				private void count(int n) throws PayloadTooLargeException {
					read += n;
					if (read > limit) {
						throw new PayloadTooLargeException(limit);
					}
				}

				@Override
				public boolean isFinished() {
					return in.isFinished();
				}

				@Override
				public boolean isReady() {
					return in.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					in.setReadListener(listener);
				}
			};
		}
	}
}
