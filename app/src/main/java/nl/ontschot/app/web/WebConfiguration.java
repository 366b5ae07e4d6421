package nl.ontschot.app.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** Dutch first, English when the browser or API client asks for it; no other languages. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
		resolver.setSupportedLocales(List.of(DUTCH, Locale.ENGLISH));
		resolver.setDefaultLocale(DUTCH);
		return resolver;
	}
}
