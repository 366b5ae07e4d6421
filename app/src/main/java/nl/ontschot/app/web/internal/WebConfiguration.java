package nl.ontschot.app.web.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Dutch first, English when the browser or API client asks for it; no other languages. A language chosen on
 * the pages (Nederlands / English in the header) is remembered in a cookie and wins over the browser's.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

	/** The cookie that remembers the language chosen on the pages. */
	static final String LANGUAGE_COOKIE = "ontschot-taal";

	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver browser = new AcceptHeaderLocaleResolver();
		browser.setSupportedLocales(List.of(DUTCH, Locale.ENGLISH));
		browser.setDefaultLocale(DUTCH);
		CookieLocaleResolver chosen = new CookieLocaleResolver(LANGUAGE_COOKIE);
		chosen.setDefaultLocaleFunction(browser::resolveLocale);
		chosen.setCookieMaxAge(Duration.ofDays(365));
		chosen.setCookieHttpOnly(true);
		chosen.setCookieSameSite("Lax");
		return chosen;
	}
}
