package nl.ontschot.app.collaboration.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.ontschot.app.account.AccountPrincipal;
import nl.ontschot.app.web.Dates;
import nl.ontschot.app.web.PageController;

/**
 * The strip above every step that shows each party's approval of its own figures, with a button for the
 * parties the person may approve for; a step page loads it, and loads it again after every save.
 */
@Controller
@PageController
@RequestMapping("/cases/{id}/goedkeuringen")
class ApprovalPagesController {

	private final Approvals approvals;
	private final Signoffs signoffs;
	private final Comments comments;
	private final MessageSource messages;

	ApprovalPagesController(Approvals approvals, Signoffs signoffs, Comments comments, MessageSource messages) {
		this.approvals = approvals;
		this.signoffs = signoffs;
		this.comments = comments;
		this.messages = messages;
	}

	/** A line with open comment threads, and how many in words. */
	record OpenTarget(String target, String label) {
	}

	/** A party's approval in words, and whether the person may approve for it now. */
	record ApprovalView(String party, String name, String status, String state, String detail, boolean approvable) {
	}

	@GetMapping
	String strip(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id, Model model, Locale locale) {
		return show(user, id, approvals.of(user.userId(), id), model, locale);
	}

	/** For the case list: how many parties stand where, and per party its state. */
	@GetMapping("/overzicht")
	String summary(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id, Model model, Locale locale) {
		List<PartyApproval> all = approvals.of(user.userId(), id);
		model.addAttribute("count", text("approval.count", locale, count(all, ApprovalStatus.APPROVED),
				count(all, ApprovalStatus.CHANGED_SINCE_APPROVAL), count(all, ApprovalStatus.NOT_APPROVED)));
		model.addAttribute("approvals", all.stream().map(a -> new ApprovalView(a.party(), a.name(),
				cssClass(a.status()), text("approval.status." + a.status(), locale), "", false)).toList());
		model.addAttribute("signing", signoffs.of(user.userId(), id).map(s -> text(s.signed() ? "signoff.listSigned"
				: "signoff.listProposed", locale, s.version())).orElse(""));
		return "collaboration/approvals :: approvalSummary";
	}

	private static long count(List<PartyApproval> all, ApprovalStatus status) {
		return all.stream().filter(a -> a.status() == status).count();
	}

	private static String cssClass(ApprovalStatus status) {
		return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	@PostMapping
	String approve(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
			@RequestParam String party, Model model, Locale locale) {
		return show(user, id, approvals.approve(user.userId(), id, party), model, locale);
	}

	private String show(AccountPrincipal user, UUID id, List<PartyApproval> all, Model model, Locale locale) {
		List<String> mine = approvals.approvableBy(user.userId(), id);
		model.addAttribute("caseId", id);
		Map<String, Long> openPerTarget = comments.open(user.userId(), id);
		long open = openPerTarget.values().stream().mapToLong(Long::longValue).sum();
		model.addAttribute("openComments", open == 0 ? "" : text("comment.openCount", locale, open));
		model.addAttribute("openTargets", openPerTarget.entrySet().stream().filter(e -> !e.getKey().isEmpty())
				.map(e -> new OpenTarget(e.getKey(), text("comment.openCount", locale, e.getValue()))).toList());
		// the signing stands above everything the page lets one change
		model.addAttribute("signing", signoffs.of(user.userId(), id).map(s -> s.signed()
				? text("signoff.banner.signed", locale, s.version())
				: text("signoff.banner.inProgress", locale, s.version())).orElse(""));
		model.addAttribute("approvals", all.stream().map(a -> new ApprovalView(a.party(), a.name(),
				cssClass(a.status()),
				text("approval.status." + a.status(), locale), detail(a, locale),
				mine.contains(a.party()) && a.status() != ApprovalStatus.APPROVED)).toList());
		return "collaboration/approvals :: strip";
	}

	private String detail(PartyApproval a, Locale locale) {
		if (a.version().isEmpty()) {
			return "";
		}
		String approved = text("approval.approvedBy", locale, a.version().getAsInt(), a.approvedBy().orElse(""),
				a.approvedAt().map(Dates::date).orElse(""));
		return a.changedIn().isPresent()
				? approved + " " + text("approval.changedIn", locale, a.changedIn().getAsInt())
				: approved;
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
