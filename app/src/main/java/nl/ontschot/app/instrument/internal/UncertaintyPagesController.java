package nl.ontschot.app.instrument.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.ontschot.app.account.AccountPrincipal;
import nl.ontschot.app.cases.CaseService;
import nl.ontschot.app.cases.ChangedMeanwhileException;
import nl.ontschot.app.cases.StoredCase;
import nl.ontschot.app.cases.WriteRefusedException;
import nl.ontschot.app.instrument.FieldViews;
import nl.ontschot.app.instrument.StepPages;
import nl.ontschot.app.simulation.Simulation;
import nl.ontschot.app.simulation.Simulations;
import nl.ontschot.app.web.PageController;
import nl.ontschot.app.web.StatusException;
import nl.ontschot.engine.InvalidCaseException;
import nl.ontschot.engine.json.CaseJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Step 10 of the instrument, Onzekerheid (calculation.md 6.8): the ranges of uncertain inputs, a Monte Carlo
 * run in the background with its progress and a cancel button, and per party the chance of a loss, the
 * p5-p95 band, the tornado and the switching values.
 */
@Controller
@PageController
@RequestMapping("/cases")
class UncertaintyPagesController {

	private static final List<String> DISTRIBUTIONS = List.of("TRIANGULAR", "PERT", "UNIFORM", "NORMAL");

	private final CaseService cases;
	private final StepPages steps;
	private final FieldViews fields;
	private final Simulations simulations;
	private final UncertaintyFigures figures;
	private final MessageSource messages;

	UncertaintyPagesController(CaseService cases, StepPages steps, FieldViews fields, Simulations simulations,
			UncertaintyFigures figures, MessageSource messages) {
		this.messages = messages;
		this.cases = cases;
		this.steps = steps;
		this.fields = fields;
		this.simulations = simulations;
		this.figures = figures;
	}

	@GetMapping("/{id}/onzekerheid")
	String page(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id, Model model, Locale locale) {
		steps.page(user.userId(), id, "onzekerheid", model, locale);
		JsonNode document = (JsonNode) model.getAttribute("document");
		ScenarioTargets targets = ScenarioTargets.of(document, fields, locale);
		List<UncertaintyFigures.InputView> inputs = figures.inputs(document, targets, locale);
		model.addAttribute("inputs", inputs);
		model.addAttribute("targets", targets.options());
		model.addAttribute("distributions", DISTRIBUTIONS.stream().map(d -> new FieldView.Option(d,
				fields.text("onzekerheid.distribution." + d, locale))).toList());
		model.addAttribute("iterations", document.path("uncertainty").path("iterations").asInt(10_000));
		run(user, id, (int) model.getAttribute("caseVersion"), model, locale);
		return "cases/onzekerheid";
	}

	/** Adds an uncertain input: a target, its distribution and the values that distribution takes. */
	@PostMapping("/{id}/onzekerheid/inputs")
	String addInput(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
			@RequestParam String target, @RequestParam String distribution,
			@RequestParam(defaultValue = "") String min, @RequestParam(defaultValue = "") String mode,
			@RequestParam(defaultValue = "") String max, @RequestParam(defaultValue = "") String mean,
			@RequestParam(defaultValue = "") String sd, RedirectAttributes redirect, Locale locale) {
		if (!DISTRIBUTIONS.contains(distribution)) {
			throw new StatusException(400, "page.badRequest");
		}
		JsonNode document = CaseJson.parse(cases.get(user.userId(), id).document());
		ScenarioTargets targets = ScenarioTargets.of(document, fields, locale);
		List<String> terms = switch (distribution) {
			case "UNIFORM" -> List.of("min", "max");
			case "NORMAL" -> List.of("mean", "sd");
			default -> List.of("min", "mode", "max");
		};
		try {
			ObjectNode input = JsonNodeFactory.instance.objectNode().put("target", target).put("distribution", distribution);
			for (String term : terms) {
				String typed = switch (term) {
					case "min" -> min;
					case "mode" -> mode;
					case "max" -> max;
					case "mean" -> mean;
					default -> sd;
				};
				JsonNode value = targets.parse(target, typed);
				if (!value.isNumber()) {
					throw new FieldKind.FieldInputException("page.input.number");
				}
				input.set(term, value);
			}
			cases.changeUncertainty(user.userId(), id, u -> (u.get("inputs") instanceof ArrayNode a ? a
					: u.putArray("inputs")).add(input));
		} catch (FieldKind.FieldInputException e) {
			redirect.addFlashAttribute("inputError", fields.text(e.messageKey(), locale));
		} catch (InvalidCaseException e) {
			// a value of the new input reads as its field does, named by what it is (lowest, highest, ...)
			redirect.addFlashAttribute("inputError", String.join("; ", e.problems().stream().map(p -> {
				String term = p.path().substring(p.path().lastIndexOf('.') + 1);
				String name = List.of("min", "mode", "max", "mean", "sd").contains(term)
						? fields.text("onzekerheid." + term, locale) + ": " : "";
				return name + fields.problem(p, document, locale, Optional.of(targets.kind(target)));
			}).distinct().toList()));
		} catch (WriteRefusedException e) {
			redirect.addFlashAttribute("inputError", e.sentences(messages, locale));
		}
		if (redirect.getFlashAttributes().containsKey("inputError")) {
			// the form again as it was typed, beside its problem
			redirect.addFlashAttribute("typed", Map.of("target", target, "distribution", distribution, "min", min,
					"mode", mode, "max", max, "mean", mean, "sd", sd));
		}
		return "redirect:/cases/" + id + "/onzekerheid#inputs";
	}

	@PostMapping("/{id}/onzekerheid/inputs/{index}/delete")
	String removeInput(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
			@PathVariable int index) {
		cases.changeUncertainty(user.userId(), id, u -> {
			if (!(u.get("inputs") instanceof ArrayNode inputs) || index < 0 || index >= inputs.size()) {
				throw new ChangedMeanwhileException(Optional.empty());
			}
			inputs.remove(index);
		});
		return "redirect:/cases/" + id + "/onzekerheid#inputs";
	}

	@PostMapping("/{id}/onzekerheid/iterations")
	String iterations(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
			@RequestParam String iterations, RedirectAttributes redirect, Locale locale) {
		try {
			long n = FieldKind.INTEGER.parse(List.of(iterations), locale).map(JsonNode::asLong).orElse(10_000L);
			cases.changeUncertainty(user.userId(), id, u -> u.put("iterations", n));
		} catch (FieldKind.FieldInputException e) {
			redirect.addFlashAttribute("inputError", fields.text(e.messageKey(), locale));
		} catch (InvalidCaseException e) {
			redirect.addFlashAttribute("inputError", String.join("; ", e.problems().stream()
					.map(p -> p.message(locale)).distinct().toList()));
		}
		return "redirect:/cases/" + id + "/onzekerheid#run";
	}

	/** Starts a run of the case as it is now; the page follows it. */
	@PostMapping("/{id}/onzekerheid/run")
	String start(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id, RedirectAttributes redirect,
			Locale locale) {
		try {
			simulations.start(user.userId(), id);
		} catch (StatusException e) {
			if (e.status() == 404) {
				throw e;
			}
			redirect.addFlashAttribute("runError", fields.text(e.messageKey(), locale, e.args()));
		}
		return "redirect:/cases/" + id + "/onzekerheid#run";
	}

	@PostMapping("/{id}/onzekerheid/run/{runId}/cancel")
	String cancel(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id, @PathVariable UUID runId) {
		simulations.cancel(user.userId(), id, runId);
		return "redirect:/cases/" + id + "/onzekerheid#run";
	}

	/** The latest run as the page shows it; asked again every second while it runs. */
	@GetMapping("/{id}/onzekerheid/run")
	String runFragment(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id, Model model,
			Locale locale) {
		model.addAttribute("caseId", id);
		StoredCase stored = cases.get(user.userId(), id);
		model.addAttribute("document", CaseJson.parse(stored.document()));
		run(user, id, stored.version(), model, locale);
		return "cases/onzekerheid :: run";
	}

	/** The latest run in the model; {@code version} is the case's own, to say when the run is older. */
	private void run(AccountPrincipal user, UUID id, int version, Model model, Locale locale) {
		Optional<Simulation> latest = simulations.latest(user.userId(), id);
		model.addAttribute("run", latest.orElse(null));
		JsonNode document = (JsonNode) model.getAttribute("document");
		latest.filter(r -> r.state() == Simulation.State.DONE).ifPresent(r -> model.addAttribute("outcome",
				figures.outcome(r.uncertainty(), document, ScenarioTargets.of(document, fields, locale), locale)));
		model.addAttribute("stale", latest.map(r -> r.caseVersion() != version).orElse(false));
		// why a run failed, its fields named as the pages name them, in the reader's language
		latest.filter(r -> !r.problems().isEmpty()).ifPresent(r -> model.addAttribute("failure", fields.text(
				"simulation.invalid", locale, String.join("; ", r.problems().stream()
						.map(p -> fields.problem(p, document, locale)).distinct().toList()))));
	}
}
