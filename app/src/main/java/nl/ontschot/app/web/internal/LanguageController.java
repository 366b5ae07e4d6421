package nl.ontschot.app.web.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

import nl.ontschot.app.web.PageController;

/** Nederlands / English in the header: the choice is remembered, and the person stays on the page they were on. */
@Controller
@PageController
public class LanguageController {

	private final LocaleResolver locales;

	LanguageController(LocaleResolver locales) {
		this.locales = locales;
	}

	@PostMapping("/taal")
	String choose(@RequestParam String taal, HttpServletRequest request, HttpServletResponse response) {
		locales.setLocale(request, response, taal.equals("en") ? Locale.ENGLISH : WebConfiguration.DUTCH);
		return "redirect:" + back(request.getHeader("Referer"));
	}

	/** The page the form was on: its path and query only, so never another site; the case list otherwise. */
	public static String back(String referer) {
		try {
			URI page = new URI(referer == null ? "" : referer);
			String path = page.getRawPath();
			if (path == null || !path.startsWith("/") || path.startsWith("//")) {
				return "/cases";
			}
			return page.getRawQuery() == null ? path : path + "?" + page.getRawQuery();
		} catch (URISyntaxException e) {
			return "/cases";
		}
	}
}
