package nl.ontschot.app.account.internal;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.ontschot.app.account.AccountPrincipal;
import nl.ontschot.app.account.AccountProblem;
import nl.ontschot.app.account.AccountService;
import nl.ontschot.app.account.Organisation;
import nl.ontschot.app.account.UserAccount;
import nl.ontschot.app.web.PageController;

/** Mijn account: who one is, and one's own password changed in the browser. */
@Controller
@PageController
@RequestMapping("/account")
class AccountPagesController {

	private final AccountService accounts;
	private final PasswordChanges passwords;
	private final MessageSource messages;

	AccountPagesController(AccountService accounts, PasswordChanges passwords, MessageSource messages) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.messages = messages;
	}

	@GetMapping
	String page(@AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("me", user);
		Optional<UserAccount> account = accounts.findById(user.userId());
		model.addAttribute("organisation", account.flatMap(a -> accounts.organisation(a.organisationId()))
				.map(Organisation::name).orElse(""));
		model.addAttribute("email", account.map(UserAccount::email).orElse(null));
		return "account";
	}

	/**
	 * Changes the password and ends every session of the account, this one too: the person logs in again with
	 * the new password. A problem is said beside its field.
	 */
	@PostMapping("/wachtwoord")
	String changePassword(@AuthenticationPrincipal AccountPrincipal user, @RequestParam String currentPassword,
			@RequestParam String newPassword, @RequestParam String repeatPassword, HttpServletRequest http,
			Model model, Locale locale) {
		if (!newPassword.equals(repeatPassword)) {
			model.addAttribute("repeatError", messages.getMessage("account.repeatDiffers", null, locale));
			return page(user, model);
		}
		try {
			passwords.change(user, currentPassword, newPassword, false, http);
		} catch (AccountProblem problem) {
			model.addAttribute(problem.field().equals("currentPassword") ? "currentError" : "newError",
					messages.getMessage(problem.messageKey(), problem.args(), locale));
			return page(user, model);
		}
		return "redirect:/login?ended";
	}
}
