package nl.ontschot.app.instrument.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import nl.ontschot.app.cases.WriteRefusedException;
import nl.ontschot.app.instrument.FieldViews;
import nl.ontschot.app.instrument.StepPages;
import nl.ontschot.app.instrument.internal.FieldView.Option;
import nl.ontschot.app.web.PageController;
import nl.ontschot.app.web.StatusException;
import nl.ontschot.engine.InvalidCaseException;
import nl.ontschot.engine.calculation.PreparedCase;
import nl.ontschot.engine.json.CaseJson;
import nl.ontschot.engine.model.ArrangementType;
import nl.ontschot.engine.model.SettlementMethod;
import nl.ontschot.engine.report.Report;
import nl.ontschot.engine.result.CalculationResult;
import nl.ontschot.engine.result.MoneyFlow;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Steps 8 and 9 of the instrument: the financing arrangements (calculation.md 6.5), each with its form, its
 * payments and the comparison per party; and the scenarios (6.6), defined as a few changed values and shown
 * side by side.
 */
@Controller
@PageController
@RequestMapping("/cases")
class AgreementPagesController {

	private final CaseService cases;
	private final StepPages steps;
	private final FieldViews fields;
	private final AgreementFigures figures;
	private final JsonMapper json;
	private final MessageSource messages;

	AgreementPagesController(CaseService cases, StepPages steps, FieldViews fields, AgreementFigures figures,
			JsonMapper json, MessageSource messages) {
		this.messages = messages;
		this.cases = cases;
		this.steps = steps;
		this.fields = fields;
		this.figures = figures;
		this.json = json;
	}

	@GetMapping("/{id}/afspraken")
	String arrangements(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id, Model model,
			Locale locale) {
		steps.page(user.userId(), id, "afspraken", model, locale);
		CalculationResult result = (CalculationResult) model.getAttribute("result");
		JsonNode document = (JsonNode) model.getAttribute("document");
		model.addAttribute("arrangements", figures.arrangements(document, (Report) model.getAttribute("report"),
				result, locale));
		model.addAttribute("types", Arrays.stream(ArrangementType.values())
				.map(t -> new Option(t.name(), fields.text("choice." + t.name(), locale))).toList());
		model.addAttribute("comparison", figures.comparison((Report) model.getAttribute("report"), locale));
		return "cases/afspraken";
	}

	/** Adds an arrangement of the chosen type, with terms that hold on the case as it is. */
	@PostMapping("/{id}/afspraken")
	String addArrangement(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
			@RequestParam String type, RedirectAttributes redirect, Locale locale) {
		if (Arrays.stream(ArrangementType.values()).noneMatch(t -> t.name().equals(type))) {
			throw new StatusException(400, "afspraken.unknownType");
		}
		String stored = cases.get(user.userId(), id).document();
		JsonNode document = CaseJson.parse(stored);
		List<MoneyFlow> flows = PreparedCase.of(CaseJson.read(stored)).steadyFlows();
		try {
			cases.addLine(user.userId(), id, "arrangements", NewLines.line(CaseList.ARRANGEMENTS, type,
					(payer, provider) -> flows.stream().filter(f -> f.from().equals(payer) && f.to().equals(provider))
							.mapToDouble(MoneyFlow::current).sum(),
					document, json, (key, n) -> fields.text(key, locale, n)));
		} catch (InvalidCaseException e) {
			redirect.addFlashAttribute("addError", fields.text("afspraken.cannotAdd", locale,
					fields.text("choice." + type, locale), String.join("; ", e.problems().stream()
							.map(p -> FieldSpec.of(p.path()).filter(spec -> !p.key().equals("error.emptyList"))
									.map(spec -> fields.text(spec.label(), locale) + ": ").orElse("")
									+ fields.problem(p, document, locale)).distinct().toList())));
			return "redirect:/cases/" + id + "/afspraken#add";
		} catch (WriteRefusedException e) {
			redirect.addFlashAttribute("addError", e.sentences(messages, locale));
			return "redirect:/cases/" + id + "/afspraken#add";
		}
		return "redirect:/cases/" + id + "/afspraken#arrangements";
	}

	/** One scenario: its name and description, and its changed values, each a field of its own. */
	record ScenarioView(String id, int index, String title, List<FieldView> fields, List<Change> changes) {
	}

	/** A changed value of a scenario: what it changes, in words, and the value as a field. */
	record Change(String target, String label, String inputId, String value, String suffix) {
	}

	@GetMapping("/{id}/scenarios")
	String scenarios(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id, Model model,
			Locale locale) {
		steps.page(user.userId(), id, "scenarios", model, locale);
		CalculationResult result = (CalculationResult) model.getAttribute("result");
		JsonNode document = (JsonNode) model.getAttribute("document");
		ScenarioTargets targets = ScenarioTargets.of(document, fields, locale);
		List<ScenarioView> views = new ArrayList<>();
		JsonNode lines = document.path("scenarios");
		for (int i = 0; i < lines.size(); i++) {
			JsonNode line = lines.get(i);
			String at = "scenarios[" + i + "].";
			List<Change> changes = new ArrayList<>();
			int n = i;
			line.path("set").properties().forEach(e -> changes.add(new Change(e.getKey(), targets.label(e.getKey()),
					"change-" + n + "-" + changes.size(), targets.shown(e.getKey(), e.getValue(), locale),
					e.getValue().isString() ? "" : targets.suffix(e.getKey()))));
			views.add(new ScenarioView(line.path("id").asString(), i, line.path("name").asString(line.path("id")
					.asString()), CaseList.SCENARIOS.fields.stream().map(f -> fields.field(document, at + f, locale))
							.toList(), changes));
		}
		model.addAttribute("scenarios", views);
		model.addAttribute("targets", targets.options());
		Report report = (Report) model.getAttribute("report");
		model.addAttribute("sideBySide", figures.scenarios(report, locale));
		model.addAttribute("afterSettlement", !report.scenarios().compared()
				|| result.settlement().method() == SettlementMethod.NONE ? AgreementFigures.Table.EMPTY
						: figures.scenariosAfterSettlement(report, locale));
		return "cases/scenarios";
	}

	/** Sets one value of a scenario (a new change, or another value for one it has). */
	@PostMapping("/{id}/scenarios/set")
	String setValue(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id, @RequestParam int index,
			@RequestParam String target, @RequestParam(defaultValue = "") String value, RedirectAttributes redirect,
			Locale locale) {
		JsonNode document = CaseJson.parse(cases.get(user.userId(), id).document());
		ScenarioTargets targets = ScenarioTargets.of(document, fields, locale);
		try {
			JsonNode typed = targets.parse(target, value);
			cases.setScenarioValue(user.userId(), id, index, target, Optional.of(typed));
		} catch (FieldKind.FieldInputException e) {
			return refused(id, index, target, value, fields.text(e.messageKey(), locale), redirect);
		} catch (InvalidCaseException e) {
			return refused(id, index, target, value, String.join("; ", e.problems().stream()
					.map(p -> fields.problem(p, document, locale)).distinct().toList()), redirect);
		} catch (WriteRefusedException e) {
			return refused(id, index, target, value, e.sentences(messages, locale), redirect);
		} catch (ChangedMeanwhileException e) {
			return refused(id, index, target, value, fields.text("page.lineChangedMeanwhile", locale), redirect);
		}
		return "redirect:/cases/" + id + "/scenarios#scenario-" + index;
	}

	/** The change form again, with what was typed and why it was not saved; the case is untouched. */
	private static String refused(UUID id, int index, String target, String value, String error,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("scenarioError", Map.of(index, error));
		redirect.addFlashAttribute("scenarioTarget", target);
		redirect.addFlashAttribute("scenarioTyped", value);
		return "redirect:/cases/" + id + "/scenarios#change";
	}

	@PostMapping("/{id}/scenarios/unset")
	String unsetValue(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id, @RequestParam int index,
			@RequestParam String target, RedirectAttributes redirect, Locale locale) {
		try {
			cases.setScenarioValue(user.userId(), id, index, target, Optional.empty());
		} catch (WriteRefusedException e) {
			return refused(id, index, target, "", e.sentences(messages, locale), redirect);
		} catch (ChangedMeanwhileException e) {
			return refused(id, index, target, "", fields.text("page.lineChangedMeanwhile", locale), redirect);
		}
		return "redirect:/cases/" + id + "/scenarios#scenario-" + index;
	}
}
