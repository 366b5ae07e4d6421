package nl.ontschot.app.notifications.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.ontschot.app.account.AccountPrincipal;
import nl.ontschot.app.web.Dates;
import nl.ontschot.app.web.PageController;

/** Meldingen: the bell in the header, and the page that lists one's unread notifications and so reads them. */
@Controller
@PageController
class NotificationPagesController {

	private final Notifications notifications;
	private final MessageSource messages;

	NotificationPagesController(Notifications notifications, MessageSource messages) {
		this.notifications = notifications;
		this.messages = messages;
	}

	/** A notification in a sentence, with where it leads, when, and the comment's text for a mention. */
	record NotificationView(String href, String sentence, String at, String text) {
	}

	/** The bell in the header: how many unread notifications, as its text. */
	@GetMapping("/meldingen/teller")
	String counter(@AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("unread", notifications.count(user.userId()));
		return "notifications/counter";
	}

	/** One's unread notifications; seen here, they count as read. */
	@GetMapping("/meldingen")
	String page(@AuthenticationPrincipal AccountPrincipal user, Model model, Locale locale) {
		model.addAttribute("notifications", notifications.seen(user.userId()).stream()
				.map(n -> new NotificationView(n.link(), sentence(n, locale), Dates.dateTime(n.at()),
						n.text().orElse("")))
				.toList());
		return "notifications/meldingen";
	}

	private String sentence(Notification n, Locale locale) {
		String actor = n.actor().orElse("");
		String organisation = n.actorOrganisation().orElse("");
		Object[] args = switch (n.kind()) {
		case MENTION, ADDED -> new Object[] { actor, organisation, n.caseName() };
		// as text: a version number reads without a thousands separator
		case SIGNED -> new Object[] { String.valueOf(n.version().orElse(0)), n.caseName() };
		};
		return messages.getMessage("notification." + n.kind().name().toLowerCase(Locale.ROOT), args, locale);
	}
}
