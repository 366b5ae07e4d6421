package nl.ontschot.app.instrument.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.ontschot.app.account.AccountPrincipal;
import nl.ontschot.app.cases.CaseService.ActualChange;
import nl.ontschot.app.cases.CaseService;
import nl.ontschot.app.cases.RealisedFigures;
import nl.ontschot.app.cases.WriteRefusedException;
import nl.ontschot.app.instrument.FieldViews;
import nl.ontschot.app.instrument.StepPages;
import nl.ontschot.app.instrument.internal.RealisationFigures.Typed;
import nl.ontschot.app.web.PageController;
import nl.ontschot.app.web.StatusException;
import nl.ontschot.engine.InvalidCaseException;
import nl.ontschot.engine.Notice;
import nl.ontschot.engine.calculation.PreparedCase;
import nl.ontschot.engine.json.CaseJson;
import nl.ontschot.engine.report.Report;
import nl.ontschot.engine.result.CalculationResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Step 11 of the instrument, Realisatie (calculation.md 6.7): the realised figures per year in a grid, saved
 * together; the net per party per year with them against the plan; and the settlement afterwards with its
 * payments beside those of the plan.
 */
@Controller
@PageController
@RequestMapping("/cases")
class RealisationPagesController {

	private final CaseService cases;
	private final StepPages steps;
	private final RealisationFigures figures;
	private final FieldViews fields;
	private final MessageSource messages;

	RealisationPagesController(CaseService cases, StepPages steps, RealisationFigures figures, FieldViews fields,
			MessageSource messages) {
		this.cases = cases;
		this.steps = steps;
		this.figures = figures;
		this.fields = fields;
		this.messages = messages;
	}

	@GetMapping("/{id}/realisatie")
	String page(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
			@RequestParam Optional<Integer> jaar, Model model, Locale locale) {
		return show(user, id, jaar, Map.of(), model, locale);
	}

	private String show(AccountPrincipal user, UUID id, Optional<Integer> year, Map<String, Typed> typed,
			Model model, Locale locale) {
		PreparedCase prepared = steps.page(user.userId(), id, "realisatie", model, locale);
		JsonNode document = (JsonNode) model.getAttribute("document");
		model.addAttribute("grid", figures.grid(document, prepared, RealisationFigures.year(document, year), typed,
				locale));
		model.addAttribute("outcome", figures.outcome(document, (Report) model.getAttribute("report"),
				(CalculationResult) model.getAttribute("result"), locale).orElse(null));
		return "cases/realisatie";
	}

	/**
	 * Saves the cells of the grid that were changed, in one save. A cell that cannot be read, or that the
	 * case refuses, is shown again with what was typed and why, and then nothing is saved; a cell that someone
	 * else changed since the page was shown keeps their value and says so, and the others land.
	 */
	@PostMapping("/{id}/realisatie")
	String save(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id, @RequestParam int jaar,
			@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect,
			Locale locale) {
		if (!cases.membership(user.userId(), id).role().mayEdit()) {
			// refused before anything typed is read
			throw new StatusException(403, "case.readOnly");
		}
		JsonNode document = CaseJson.parse(cases.get(user.userId(), id).document());
		Optional<Integer> year = Optional.of(jaar);
		String back = "redirect:/cases/" + id + "/realisatie?jaar=" + jaar + "#grid";
		List<ActualChange> changes = new ArrayList<>();
		Map<String, Typed> typed = new LinkedHashMap<>();
		Map<String, ActualChange> byInput = new LinkedHashMap<>();
		for (Map.Entry<String, List<String>> entry : form.entrySet()) {
			String[] parts = entry.getKey().split(":", 3);
			if (parts.length != 3 || !parts[0].equals("v") || entry.getValue().size() != 1) {
				continue;
			}
			String value = entry.getValue().get(0).strip();
			String field = parts[2];
			int cellYear;
			try {
				cellYear = Integer.parseInt(parts[1]);
			} catch (NumberFormatException e) {
				throw new StatusException(400, "page.badRequest");
			}
			Optional<JsonNode> expected = shown(form.getFirst(RealisationFigures.original(cellYear, field)), field);
			FieldKind kind = RealisationFigures.kind(field);
			if (value.equals(kind.format(expected, locale))) {
				continue;
			}
			try {
				ActualChange change = new ActualChange(cellYear, field, expected, kind.parse(List.of(value), locale));
				changes.add(change);
				byInput.put(entry.getKey(), change);
				typed.put(entry.getKey(), new Typed(value, ""));
			} catch (FieldKind.FieldInputException e) {
				typed.put(entry.getKey(), new Typed(value, fields.text(e.messageKey(), locale)));
			}
		}
		if (typed.values().stream().anyMatch(t -> !t.error().isEmpty())) {
			// every problem at once: what could be read is checked as the case would check it
			List<String> elsewhere = new ArrayList<>();
			try {
				CaseJson.read(attempted(document, changes));
			} catch (InvalidCaseException e) {
				elsewhere = placeProblems(e, document, byInput, typed, locale);
			}
			model.addAttribute("gridError", notSaved(elsewhere, locale));
			return show(user, id, year, typed, model, locale);
		}
		try {
			List<ActualChange> conflicts = cases.changeActuals(user.userId(), id, changes);
			if (!conflicts.isEmpty()) {
				JsonNode now = CaseJson.parse(cases.get(user.userId(), id).document());
				Map<String, Typed> changed = new LinkedHashMap<>();
				byInput.forEach((input, change) -> {
					if (conflicts.contains(change)) {
						String theirs = RealisedFigures.get(now, change.year(), change.field())
								.map(v -> RealisationFigures.kind(change.field()).format(Optional.of(v), locale))
								.orElse(fields.text("realisatie.empty", locale));
						changed.put(input, new Typed(typed.get(input).value(),
								fields.text("realisatie.conflict", locale, theirs)));
					}
				});
				model.addAttribute("gridError", fields.text("realisatie.conflicts", locale));
				return show(user, id, year, changed, model, locale);
			}
		} catch (InvalidCaseException e) {
			List<String> elsewhere = placeProblems(e, document, byInput, typed, locale);
			model.addAttribute("gridError", notSaved(elsewhere, locale));
			return show(user, id, year, typed, model, locale);
		} catch (WriteRefusedException e) {
			redirect.addFlashAttribute("gridError", e.sentences(messages, locale));
			return back;
		}
		redirect.addFlashAttribute("saved", !changes.isEmpty());
		return back;
	}

	/**
	 * What a box showed: a stored realised figure is a number, a year's note text, and nothing else is read
	 * from the form.
	 */
	private static Optional<JsonNode> shown(String original, String field) {
		if (original == null || original.isEmpty()) {
			return Optional.empty();
		}
		try {
			JsonNode value = CaseJson.parse(original);
			if (field.equals(RealisedFigures.NOTE) ? value.isString() : value.isNumber()) {
				return Optional.of(value);
			}
		} catch (RuntimeException notJson) {
			// refused below like any other value that no page of ours sends
		}
		throw new StatusException(400, "page.badRequest");
	}

	/** Puts each problem beside its cell in {@code typed}; returns those of no changed cell, with their place. */
	private List<String> placeProblems(InvalidCaseException e, JsonNode document, Map<String, ActualChange> byInput,
			Map<String, Typed> typed, Locale locale) {
		List<String> elsewhere = new ArrayList<>();
		JsonNode attempted = attempted(document, List.copyOf(byInput.values()));
		for (Notice problem : e.problems()) {
			Optional<String> input = cellOf(problem.path(), attempted, byInput);
			if (input.isPresent()) {
				String field = byInput.get(input.get()).field();
				boolean itself = problem.path().endsWith("." + field) || problem.path().contains("." + field + ".");
				// beside another box of the line, the problem says which figure it is about
				typed.put(input.get(), new Typed(typed.get(input.get()).value(), itself
						? fields.problem(problem, document, locale) : fields.placed(problem, document, locale)));
			} else {
				elsewhere.add(fields.placed(problem, document, locale));
			}
		}
		return elsewhere;
	}

	private String notSaved(List<String> elsewhere, Locale locale) {
		String notSaved = fields.text("realisatie.notSaved", locale);
		return elsewhere.isEmpty() ? notSaved : notSaved + " " + String.join("; ", elsewhere);
	}

	/**
	 * The cell a problem of the case is about: its path names an entry of {@code actuals} of the document as
	 * it was with the changes, and a field in it; that entry's year and the field name the cell, if it was one
	 * of the changed ones.
	 */
	private static Optional<String> cellOf(String path, JsonNode attempted, Map<String, ActualChange> changed) {
		Matcher m = ACTUAL.matcher(path);
		if (!m.matches()) {
			return Optional.empty();
		}
		int year = attempted.path("actuals").path(Integer.parseInt(m.group(1))).path("year").asInt();
		String at = m.group(2);
		Optional<String> exact = changed.entrySet().stream().filter(e -> e.getValue().year() == year
				&& (at.equals(e.getValue().field()) || at.startsWith(e.getValue().field() + ".")))
				.map(Map.Entry::getKey).findFirst();
		// a problem of a line as a whole (a tariff without a realised volume) goes beside a changed box of it
		return exact.or(() -> changed.entrySet().stream().filter(e -> e.getValue().year() == year
				&& line(e.getValue().field()).equals(line(at))).map(Map.Entry::getKey).findFirst());
	}

	/**
	 * The case with the changes, as the save would make it: realised figures move a version 1 case to version 2.
	 */
	private static ObjectNode attempted(JsonNode document, List<ActualChange> changes) {
		ObjectNode attempted = (ObjectNode) document.deepCopy();
		changes.forEach(c -> RealisedFigures.set(attempted, c.year(), c.field(), c.value()));
		if (attempted.has("actuals")) {
			attempted.put("schemaVersion", 2);
		}
		return attempted;
	}

	/** The list and line of a realised figure: {@code activities.ID} of {@code activities.ID.tariff}. */
	private static String line(String field) {
		return field.startsWith("parameters.") ? field : field.substring(0, Math.max(0, field.lastIndexOf('.')));
	}

	private static final Pattern ACTUAL = Pattern.compile("actuals\\[(\\d+)]\\.(.+)");
}
