package nl.ontschot.app.collaboration.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import nl.ontschot.app.cases.Membership;
import nl.ontschot.app.cases.Role;
import nl.ontschot.app.instrument.StepPages;
import nl.ontschot.app.web.Attachments;
import nl.ontschot.app.web.Dates;
import nl.ontschot.app.web.PageController;
import nl.ontschot.app.web.StatusException;

/**
 * Ondertekening: the owner proposes the latest version once every party approved its figures, each party's
 * signatory signs it, everyone reads the signatures and downloads the intentieverklaring.
 */
@Controller
@PageController
@RequestMapping("/cases/{id}/ondertekening")
class SignoffPagesController {

	private final StepPages steps;
	private final Signoffs signoffs;
	private final Approvals approvals;
	private final CaseService cases;
	private final Intentieverklaring declaration;
	private final MessageSource messages;

	SignoffPagesController(StepPages steps, Signoffs signoffs, Approvals approvals, CaseService cases,
			Intentieverklaring declaration, MessageSource messages) {
		this.steps = steps;
		this.signoffs = signoffs;
		this.approvals = approvals;
		this.cases = cases;
		this.declaration = declaration;
		this.messages = messages;
	}

	/** A signature as the page lists it. */
	record SignatureView(String party, String name, String function, String organisation, String signedAt) {
	}

	@GetMapping
	String page(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id, Model model, Locale locale) {
		steps.page(user.userId(), id, "ondertekening", model, locale);
		Membership membership = cases.membership(user.userId(), id);
		Optional<Signoff> signoff = signoffs.of(user.userId(), id);
		List<PartyApproval> all = approvals.of(user.userId(), id);
		List<String> waiting = all.stream().filter(a -> a.status() != ApprovalStatus.APPROVED)
				.map(PartyApproval::name).toList();
		int version = (Integer) model.getAttribute("caseVersion");
		boolean proposable = membership.role() == Role.OWNER
				&& signoff.map(s -> s.version() != version && s.signed()).orElse(true);
		model.addAttribute("signoff", signoff.orElse(null));
		model.addAttribute("waiting", String.join(", ", waiting));
		model.addAttribute("mayPropose", proposable && waiting.isEmpty());
		model.addAttribute("mayWithdraw", membership.role() == Role.OWNER && signoff.map(s -> !s.signed()).orElse(false));
		Set<String> mine = signoffs.signableBy(user.userId(), id);
		model.addAttribute("signFor", signoff.filter(s -> !s.signed()).map(s -> all.stream()
				.filter(a -> s.unsigned().contains(a.party()) && mine.contains(a.party())).toList())
				.orElse(List.of()));
		model.addAttribute("signatures", signoff.map(s -> s.signatures().stream().map(g -> new SignatureView(
				g.partyName(), g.name(), g.function(), Intentieverklaring.organisation(g, messages, locale),
				Dates.dateTime(g.signedAt())))
				.toList()).orElse(List.of()));
		model.addAttribute("unsigned", signoff.map(s -> all.stream().filter(a -> s.unsigned().contains(a.party()))
				.map(PartyApproval::name).toList()).orElse(List.of()));
		model.addAttribute("displayName", user.displayName());
		return "collaboration/ondertekening";
	}

	@PostMapping("/voorleggen")
	String propose(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id, RedirectAttributes redirect,
			Locale locale) {
		return Refusals.act("/cases/" + id + "/ondertekening", redirect, messages, locale,
				() -> signoffs.propose(user.userId(), id));
	}

	@PostMapping("/intrekken")
	String withdraw(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
			RedirectAttributes redirect, Locale locale) {
		return Refusals.act("/cases/" + id + "/ondertekening", redirect, messages, locale,
				() -> signoffs.withdraw(user.userId(), id));
	}

	@PostMapping("/ondertekenen")
	String sign(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id, @RequestParam String party,
			@RequestParam String name, @RequestParam String function, RedirectAttributes redirect, Locale locale) {
		return Refusals.act("/cases/" + id + "/ondertekening", redirect, messages, locale,
				() -> signoffs.sign(user.userId(), id, party, name, function));
	}

	@GetMapping("/intentieverklaring.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id, Locale locale) {
		Signoff signoff = signoffs.of(user.userId(), id).orElseThrow(() -> new StatusException(404, "signoff.none"));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
				.header("Content-Disposition", Attachments.disposition("intentieverklaring versie "
						+ signoff.version(), "pdf"))
				.body(declaration.of(user.userId(), id, signoff, locale));
	}

}
