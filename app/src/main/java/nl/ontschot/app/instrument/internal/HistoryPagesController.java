package nl.ontschot.app.instrument.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.ontschot.app.account.AccountPrincipal;
import nl.ontschot.app.cases.CaseService;
import nl.ontschot.app.cases.StoredCase;
import nl.ontschot.app.instrument.StepPages;
import nl.ontschot.app.web.PageController;

/** Geschiedenis: the versions of a case in words, two of them compared, and an earlier one restored. */
@Controller
@PageController
@RequestMapping("/cases/{id}/geschiedenis")
class HistoryPagesController {

	private final StepPages steps;
	private final History history;
	private final CaseService cases;

	HistoryPagesController(StepPages steps, History history, CaseService cases) {
		this.steps = steps;
		this.history = history;
		this.cases = cases;
	}

	@GetMapping
	String versions(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
			@RequestParam Optional<Integer> van, @RequestParam Optional<Integer> naar, Model model, Locale locale) {
		steps.page(user.userId(), id, "geschiedenis", model, locale);
		var versions = history.versions(user.userId(), id, locale);
		model.addAttribute("versions", versions);
		int latest = versions.get(0).version();
		int to = naar.filter(v -> v >= 1 && v <= latest).orElse(latest);
		int from = van.filter(v -> v >= 1 && v <= latest).orElse(Math.max(1, to - 1));
		model.addAttribute("latest", latest);
		if (from != to) {
			model.addAttribute("compared", history.compare(user.userId(), id, from, to, locale));
		}
		return "cases/geschiedenis";
	}

	@PostMapping("/{version}/terugzetten")
	String restore(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id, @PathVariable int version,
			RedirectAttributes redirect) {
		StoredCase saved = cases.restore(user.userId(), id, version);
		redirect.addFlashAttribute("restored", version);
		redirect.addFlashAttribute("restoredAs", saved.version());
		return "redirect:/cases/" + id + "/geschiedenis";
	}
}
