package nl.ontschot.app.account.internal;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.ontschot.app.account.AccountPrincipal;
import nl.ontschot.app.account.AccountProblem;
import nl.ontschot.app.account.Organisation;
import nl.ontschot.app.web.PageController;

/**
 * Organisatie: the accounts of one's organisation in the browser, for its administrators; the system
 * administrator chooses the organisation. Every rule is {@link OrganisationAccounts}'; a problem with a form
 * is said beside its field, one with the page itself (not allowed, not found) on the error page.
 */
@Controller
@PageController
@RequestMapping("/organisatie")
class OrganisationPagesController {

	private static final String CREATE = "create";

	private final OrganisationAccounts organisationAccounts;
	private final MessageSource messages;

	OrganisationPagesController(OrganisationAccounts organisationAccounts, MessageSource messages) {
		this.organisationAccounts = organisationAccounts;
		this.messages = messages;
	}

	@GetMapping
	String page(@AuthenticationPrincipal AccountPrincipal user,
			@RequestParam(name = "organisatie", required = false) Long organisation, Model model) {
		Organisation shown = organisationAccounts.organisation(user.userId(), organisation);
		model.addAttribute("organisation", shown);
		model.addAttribute("organisations", organisationAccounts.organisations(user.userId()));
		model.addAttribute("accounts", organisationAccounts.list(user.userId(), shown.id()));
		model.addAttribute("me", user.username());
		if (!model.containsAttribute("problem")) {
			model.addAttribute("problem", FormProblem.NONE);
		}
		return "organisatie";
	}

	@PostMapping("/accounts")
	String create(@AuthenticationPrincipal AccountPrincipal user, @RequestParam("organisatie") long organisation,
			@RequestParam String username, @RequestParam String displayName, @RequestParam String email,
			@RequestParam String password, Model model, Locale locale, RedirectAttributes redirect) {
		Map<String, String> entered = Map.of("username", username, "displayName", displayName, "email", email);
		return act(user, organisation, CREATE, entered, model, locale, redirect, () -> organisationAccounts
				.create(user.userId(), organisation, new NewAccount(username, displayName, email, password)),
				"organisation.created", username);
	}

	@PostMapping("/accounts/{username}/gegevens")
	String details(@AuthenticationPrincipal AccountPrincipal user, @RequestParam("organisatie") long organisation,
			@PathVariable String username, @RequestParam String displayName, @RequestParam String email,
			Model model, Locale locale, RedirectAttributes redirect) {
		return act(user, organisation, "details-" + username, Map.of("displayName", displayName, "email", email),
				model, locale, redirect, () -> organisationAccounts.change(user.userId(), organisation, username,
						new AccountChange(displayName, email, null, null)), "organisation.changed", username);
	}

	@PostMapping("/accounts/{username}/beheerder")
	String orgAdmin(@AuthenticationPrincipal AccountPrincipal user, @RequestParam("organisatie") long organisation,
			@PathVariable String username, @RequestParam boolean orgAdmin, Model model, Locale locale,
			RedirectAttributes redirect) {
		return act(user, organisation, "role-" + username, Map.of(), model, locale, redirect,
				() -> organisationAccounts.change(user.userId(), organisation, username,
						new AccountChange(null, null, orgAdmin, null)),
				orgAdmin ? "organisation.granted" : "organisation.revoked", username);
	}

	@PostMapping("/accounts/{username}/uitschakelen")
	String disable(@AuthenticationPrincipal AccountPrincipal user, @RequestParam("organisatie") long organisation,
			@PathVariable String username, Model model, Locale locale, RedirectAttributes redirect) {
		return switchAccount(user, organisation, username, true, model, locale, redirect);
	}

	@PostMapping("/accounts/{username}/inschakelen")
	String enable(@AuthenticationPrincipal AccountPrincipal user, @RequestParam("organisatie") long organisation,
			@PathVariable String username, Model model, Locale locale, RedirectAttributes redirect) {
		return switchAccount(user, organisation, username, false, model, locale, redirect);
	}

	@PostMapping("/accounts/{username}/wachtwoord")
	String password(@AuthenticationPrincipal AccountPrincipal user, @RequestParam("organisatie") long organisation,
			@PathVariable String username, @RequestParam String newPassword, @RequestParam String repeatPassword,
			Model model, Locale locale, RedirectAttributes redirect) {
		String form = "password-" + username;
		if (!newPassword.equals(repeatPassword)) {
			model.addAttribute("problem", new FormProblem(form, "repeatPassword",
					messages.getMessage("account.repeatDiffers", null, locale), Map.of()));
			return page(user, organisation, model);
		}
		return act(user, organisation, form, Map.of(), model, locale, redirect,
				() -> organisationAccounts.resetPassword(user.userId(), organisation, username, newPassword),
				"organisation.passwordSet", username);
	}

	/** Not allowed or not found: the page cannot be shown at all, so the error page says why. */
	@ExceptionHandler
	ModelAndView refused(AccountProblem problem, Locale locale) {
		return new ModelAndView("error", Map.of("status", problem.status(), "message",
				messages.getMessage(problem.messageKey(), problem.args(), locale)),
				HttpStatus.valueOf(problem.status()));
	}

	private String switchAccount(AccountPrincipal user, long organisation, String username, boolean disabled,
			Model model, Locale locale, RedirectAttributes redirect) {
		return act(user, organisation, "status-" + username, Map.of(), model, locale, redirect,
				() -> organisationAccounts.change(user.userId(), organisation, username,
						new AccountChange(null, null, null, disabled)),
				disabled ? "organisation.disabled" : "organisation.enabled", username);
	}

	/**
	 * Does the action; on success back to the page with a sentence saying what was done (so that reloading does
	 * not send the form again), on a problem with the form the page again with the sentence beside the field.
	 */
	private String act(AccountPrincipal user, long organisation, String form, Map<String, String> entered,
			Model model, Locale locale, RedirectAttributes redirect, Runnable action, String done, String username) {
		try {
			action.run();
		} catch (AccountProblem problem) {
			if (problem.status() == 403 || problem.status() == 404) {
				throw problem;
			}
			model.addAttribute("problem", new FormProblem(form, problem.field(),
					messages.getMessage(problem.messageKey(), problem.args(), locale), entered));
			return page(user, organisation, model);
		}
		redirect.addFlashAttribute("done", messages.getMessage(done, new Object[] { username }, locale));
		return "redirect:/organisatie?organisatie=" + organisation;
	}
}
