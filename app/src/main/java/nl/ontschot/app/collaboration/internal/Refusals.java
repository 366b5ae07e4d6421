package nl.ontschot.app.collaboration.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.ontschot.app.web.StatusException;

/**
 * What a page of this feature does with a button's action: done, or refused in its own words on the page it
 * returns to (flash {@code refused}), not as an error page. A case the person may not see stays a 404.
 */
final class Refusals {

	private Refusals() {
	}

	static String act(String back, RedirectAttributes redirect, MessageSource messages, Locale locale,
			Runnable action) {
		try {
			action.run();
		} catch (StatusException refused) {
			if (refused.status() == 404) {
				throw refused;
			}
			redirect.addFlashAttribute("refused", messages.getMessage(refused.messageKey(), refused.args(), locale));
		}
		return "redirect:" + back;
	}
}
