package nl.ontschot.app.collaboration.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.ontschot.app.account.AccountPrincipal;
import nl.ontschot.app.instrument.StepPages;
import nl.ontschot.app.web.Dates;
import nl.ontschot.app.web.PageController;
import tools.jackson.databind.JsonNode;

/** Opmerkingen: the threads of a case, a new one on a line, answers and resolving. */
@Controller
@PageController
class CommentPagesController {

	private final StepPages steps;
	private final Comments comments;
	private final MessageSource messages;

	CommentPagesController(StepPages steps, Comments comments, MessageSource messages) {
		this.steps = steps;
		this.comments = comments;
		this.messages = messages;
	}

	/** A line one can comment on: its target and its name in words. */
	record TargetOption(String target, String label) {
	}

	record CommentView(String author, String at, String text) {
	}

	record ThreadView(long id, String about, boolean open, String resolved, List<CommentView> comments) {
	}

	@GetMapping("/cases/{id}/opmerkingen")
	String page(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
			@RequestParam Optional<String> over, Model model, Locale locale) {
		steps.page(user.userId(), id, "opmerkingen", model, locale);
		JsonNode document = (JsonNode) model.getAttribute("document");
		List<TargetOption> targets = new java.util.ArrayList<>(List.of(new TargetOption("",
				text("comment.onCase", locale))));
		for (String list : Comments.LISTS) {
			for (JsonNode line : document.path(list)) {
				String lineId = line.path("id").asString("");
				targets.add(new TargetOption(list + "." + lineId, text("comment.target." + list, locale,
						line.path("name").asString(lineId))));
			}
		}
		model.addAttribute("targets", targets);
		model.addAttribute("chosen", over.orElse(""));
		model.addAttribute("threads", comments.threads(user.userId(), id).stream().map(t -> view(t, targets, locale))
				.toList());
		return "collaboration/opmerkingen";
	}

	@PostMapping("/cases/{id}/opmerkingen")
	String start(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id, @RequestParam String target,
			@RequestParam String text, RedirectAttributes redirect, Locale locale) {
		return Refusals.act("/cases/" + id + "/opmerkingen", redirect, messages, locale,
				() -> comments.start(user.userId(), id, target, text));
	}

	@PostMapping("/cases/{id}/opmerkingen/{thread}/antwoord")
	String reply(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id, @PathVariable long thread,
			@RequestParam String text, RedirectAttributes redirect, Locale locale) {
		return Refusals.act("/cases/" + id + "/opmerkingen", redirect, messages, locale,
				() -> comments.reply(user.userId(), id, thread, text));
	}

	@PostMapping("/cases/{id}/opmerkingen/{thread}/afgehandeld")
	String resolve(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id, @PathVariable long thread,
			@RequestParam(defaultValue = "true") boolean resolved, RedirectAttributes redirect, Locale locale) {
		return Refusals.act("/cases/" + id + "/opmerkingen", redirect, messages, locale,
				() -> comments.resolve(user.userId(), id, thread, resolved));
	}

	private ThreadView view(CommentThread t, List<TargetOption> targets, Locale locale) {
		String about = t.target().isEmpty() ? text("comment.onCase", locale)
				: targets.stream().filter(o -> o.target().equals(t.target())).map(TargetOption::label).findFirst()
						.orElse(text("comment.goneLine", locale));
		return new ThreadView(t.id(), about, t.open(), t.resolvedAt().map(at -> text("comment.resolvedBy", locale,
				t.resolvedBy().orElse(""), Dates.dateTime(at))).orElse(""),
				t.comments().stream().map(c -> new CommentView(c.authorName() + " (" + c.organisation() + ")",
						Dates.dateTime(c.at()), c.text())).toList());
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
