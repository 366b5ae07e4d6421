package nl.ontschot.app.calculation.internal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.ontschot.app.web.ApiErrorWriter;

/**
 * How many calculations run at once and how many wait: by default one per processor core (at least two),
 * with room for sixteen times as many waiting up to ten seconds (ADR 0009). A waiting request holds only its
 * body (at most 5 MB); a table of 25 people clicking at once must not see 503.
 */
@Configuration(proxyBeanMethods = false)
class CalculationLimits {

	@Bean
	CalculationGate calculationGate(@Value("${ontschot.calculations.running:0}") int running,
			@Value("${ontschot.calculations.queued:0}") int queued,
			@Value("${ontschot.calculations.max-wait:10s}") Duration maxWait) {
		int cores = Runtime.getRuntime().availableProcessors();
		int concurrent = running > 0 ? running : Math.max(2, cores);
		return new CalculationGate(concurrent, queued > 0 ? queued : 16 * concurrent, maxWait);
	}

	@Bean
	FilterRegistrationBean<CalculationLimitFilter> calculationLimitFilter(CalculationGate gate, ApiErrorWriter errors) {
		FilterRegistrationBean<CalculationLimitFilter> registration = new FilterRegistrationBean<>(
				new CalculationLimitFilter(gate, errors));
		registration.addUrlPatterns("/api/v1/*", "/cases/*");
		return registration;
	}
}
