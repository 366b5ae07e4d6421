package nl.ontschot.app.instrument.internal;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import nl.ontschot.app.cases.Conversation;
import nl.ontschot.app.cases.DocumentPath;
import nl.ontschot.app.cases.Membership;
import nl.ontschot.app.cases.Role;
import nl.ontschot.app.cases.StoredCase;
import nl.ontschot.app.cases.Views;
import nl.ontschot.app.cases.WriteRefusedException;
import nl.ontschot.app.instrument.FieldViews;
import nl.ontschot.app.instrument.StepPages;
import nl.ontschot.app.templates.TemplateCatalog;
import nl.ontschot.app.web.PageController;
import nl.ontschot.app.web.StatusException;
import nl.ontschot.engine.InvalidCaseException;
import nl.ontschot.engine.calculation.PreparedCase;
import nl.ontschot.engine.json.CaseJson;
import nl.ontschot.engine.model.Case;
import nl.ontschot.engine.model.TargetGroup;
import nl.ontschot.engine.report.Report;
import nl.ontschot.engine.result.CalculationResult;
import nl.ontschot.engine.text.Amounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The steps of the instrument in the browser. Every field saves on its own as soon as it changes (htmx),
 * and the answer carries the recalculated result per party.
 */
@Controller
@PageController
@RequestMapping("/cases")
class CasePagesController {

	private final CaseService cases;
	private final TemplateCatalog templates;
	private final FieldViews fields;
	private final Figures figures;
	private final Charts charts;
	private final JsonMapper json;
	private final MessageSource messages;
	private final Grids grids;
	private final StepPages stepPages;

	CasePagesController(CaseService cases, TemplateCatalog templates, FieldViews fields, Figures figures,
			Charts charts, JsonMapper json, MessageSource messages, Grids grids, StepPages stepPages) {
		this.stepPages = stepPages;
		this.messages = messages;
		this.grids = grids;
		this.charts = charts;
		this.cases = cases;
		this.templates = templates;
		this.fields = fields;
		this.figures = figures;
		this.json = json;
	}

	@GetMapping
	String list(@AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("cases", cases.list(user.userId()));
		model.addAttribute("templates", templates.all());
		return "cases/list";
	}

	@PostMapping
	String create(@AuthenticationPrincipal AccountPrincipal user, @RequestParam(defaultValue = "") String template,
			@RequestParam(defaultValue = "") String name, Locale locale) {
		ObjectNode document;
		if (template.isBlank()) {
			document = json.createObjectNode();
			document.put("schemaVersion", 1);
			document.put("name", name.isBlank() ? fields.text("case.newName", locale) : name.strip());
			document.put("startYear", Year.now().getValue());
			document.put("horizonYears", 5);
			document.putArray("parties").addObject().put("id", "partij-1")
					.put("name", fields.text("case.newParty", locale, 1)).put("type", "OTHER");
		} else {
			document = (ObjectNode) CaseJson.parse(templates.find(template)
					.orElseThrow(() -> new StatusException(404, "case.templateNotFound", template)).document());
		}
		document.put("name", uniqueName(document.path("name").asString(), user));
		UUID id = cases.create(user.userId(), document.toString());
		// the instrument starts with the conversation, before any figure
		return "redirect:/cases/" + id + "/" + StepPages.STEPS.get(0);
	}

	/** The name, or with " (2)", " (3)", ... when the person already has a case of that name. */
	private String uniqueName(String name, AccountPrincipal user) {
		Set<String> taken = new HashSet<>(cases.list(user.userId()).stream().map(Views.CaseSummary::name).toList());
		String unique = name;
		for (int n = 2; taken.contains(unique); n++) {
			unique = name + " (" + n + ")";
		}
		return unique;
	}

	/** The caller leaves the case (the last owner stays). */
	@PostMapping("/{id}/leave")
	String leave(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id) {
		cases.removeMember(user.userId(), id, user.username());
		return "redirect:/cases";
	}

	/** A copy of the latest version as a new case of the caller's own ("... (kopie)"), opened at once. */
	@PostMapping("/{id}/kopie")
	String copy(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id, Locale locale) {
		String name = CaseJson.parse(cases.read(user.userId(), id).document()).path("name").asString("");
		return "redirect:/cases/" + cases.copy(user.userId(), id, fields.text("cases.copyName", locale, name))
				+ "/overview";
	}

	/** The owner deletes the case, after confirming; the audit trail keeps that it was deleted, and by whom. */
	@PostMapping("/{id}/verwijderen")
	String delete(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
			RedirectAttributes redirect) {
		String name = CaseJson.parse(cases.read(user.userId(), id).document()).path("name").asString("");
		cases.delete(user.userId(), id);
		redirect.addFlashAttribute("deleted", name);
		return "redirect:/cases";
	}

	@GetMapping("/{id}")
	String open(@PathVariable UUID id) {
		return "redirect:/cases/" + id + "/overview";
	}

	private PreparedCase page(AccountPrincipal user, UUID id, String step, Model model, Locale locale) {
		return stepPages.page(user.userId(), id, step, model, locale);
	}

	@GetMapping("/{id}/kengetallen")
	String keyFigures(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
			@RequestParam(defaultValue = "0") int parametersFrom, Model model, Locale locale) {
		PreparedCase c = page(user, id, "kengetallen", model, locale);
		JsonNode document = (JsonNode) model.getAttribute("document");
		model.addAttribute("general", List.of("name", "description", "startYear", "horizonYears",
				"implementation.years", "implementation.curve", "discountRate", "hoursPerFte").stream()
				.map(path -> fields.field(document, path, locale)).toList());
		model.addAttribute("categories", fields.field(document, "includedCategories", locale));
		model.addAttribute("groups", lines(document, CaseList.TARGET_GROUPS, locale, model));
		model.addAttribute("parameters", grids.grid(document, CaseList.PARAMETERS, NO_FILTER, parametersFrom,
				"/cases/" + id + "/kengetallen", "parametersFrom", locale));
		model.addAttribute("derived", derived(c, locale));
		return "cases/kengetallen";
	}

	/** Per target group the figures the calculation derives: participants and successes. */
	record Derived(String name, String population, String reachRate, String participants, String successRate,
			String successes) {
	}

	/** The figures of the first year of the plan (formulas may make them differ per year). */
	private static List<Derived> derived(PreparedCase prepared, Locale locale) {
		List<Derived> derived = new ArrayList<>();
		List<TargetGroup> groups = prepared.source().targetGroups();
		for (int g = 0; g < groups.size(); g++) {
			String at = "targetGroups[" + g + "].";
			double population = prepared.planValue(at + "population", 0);
			double reach = prepared.planValue(at + "reachRate", 0);
			double success = prepared.planValue(at + "successRate", 0);
			TargetGroup group = groups.get(g);
			derived.add(new Derived(group.name().isEmpty() ? group.id() : group.name(),
					Amounts.number(population, 0, locale), Amounts.percent(reach, locale),
					Amounts.number(population * reach, 1, locale), Amounts.percent(success, locale),
					Amounts.number(population * reach * success, 1, locale)));
		}
		return derived;
	}

	@PostMapping("/{id}/lines/{list}")
	String addLine(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id, @PathVariable String list,
			Locale locale) {
		CaseList lines = CaseList.of(list);
		JsonNode document = CaseJson.parse(cases.get(user.userId(), id).document());
		cases.addLine(user.userId(), id, list, NewLines.line(lines, document, json, (key, n) -> fields.text(key,
				locale, n)));
		return "redirect:/cases/" + id + "/" + lines.page + "#" + list;
	}

	/**
	 * Removes a line. A line that others still name (a party that provides an activity, a key that shares a
	 * post) stays, and its page says where it is used, beside its remove button.
	 */
	@PostMapping("/{id}/lines/{list}/{lineId}/delete")
	String removeLine(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
			@PathVariable String list, @PathVariable String lineId, Model model, RedirectAttributes redirect,
			Locale locale) {
		CaseList lines = CaseList.of(list);
		JsonNode before = CaseJson.parse(cases.get(user.userId(), id).document());
		try {
			cases.removeLine(user.userId(), id, list, lineId);
		} catch (InvalidCaseException e) {
			List<String> uses = new ArrayList<>(e.problems().stream().map(p -> fields.place(before, p.path(), locale))
					.distinct().toList());
			if (lines == CaseList.PARTIES) {
				cases.members(user.userId(), id).stream().filter(m -> m.party().filter(lineId::equals).isPresent())
						.forEach(m -> uses.add(fields.text("partijen.boundMember", locale, m.displayName())));
			}
			String refusal = fields.text("page.stillUsed", locale, String.join("; ", uses));
			if (lines == CaseList.ARRANGEMENTS || lines == CaseList.SCENARIOS) {
				redirect.addFlashAttribute("refused", lineId);
				redirect.addFlashAttribute("refusal", refusal);
				return "redirect:/cases/" + id + "/" + lines.page + "#" + list;
			}
			model.addAttribute("refused", lineId);
			model.addAttribute("refusal", refusal);
			return switch (lines.page) {
				case "partijen" -> parties(user, id, 0, model, locale);
				case "kengetallen" -> keyFigures(user, id, 0, model, locale);
				default -> activities(user, id, "", "", "", "", 0, 0, model, locale);
			};
		}
		return "redirect:/cases/" + id + "/" + lines.page + "#" + list;
	}

	/** Saves one field; answers with the field (saved, or with its problem) and the recalculated result. */
	@PostMapping("/{id}/field")
	String field(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id, @RequestParam String path,
			@RequestParam(defaultValue = "") String original, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale) {
		// read the values as sent: binding to a List would split "1.250,5" at its comma
		String[] values = request.getParameterValues("value");
		List<String> typed = values == null ? List.of() : List.of(values);
		model.addAttribute("caseId", id);
		JsonNode before = CaseJson.parse(cases.get(user.userId(), id).document());
		try {
			Optional<JsonNode> expected = original.isEmpty() ? Optional.empty() : Optional.of(CaseJson.parse(original));
			Matcher rename = PARAMETER_ID.matcher(path);
			StoredCase saved = rename.matches()
					? cases.renameParameter(user.userId(), id, Integer.parseInt(rename.group(1)),
							expected.map(JsonNode::asString).orElse(""), typed.isEmpty() ? "" : typed.get(0).strip())
					: cases.patch(user.userId(), id, path, expected, fields.parse(path, typed, before, locale));
			if (rename.matches()) {
				// the formulas that use the key figure now name it anew
				response.setHeader("HX-Refresh", "true");
			}
			model.addAttribute("field", fields.field(CaseJson.parse(saved.document()), path, locale, Optional.empty(),
					"", true));
			PreparedCase after = PreparedCase.of(CaseJson.read(saved.document()));
			CalculationResult recalculated = after.calculateWithoutUncertainty();
			model.addAttribute("summary", figures.summary(Report.of(after, recalculated), recalculated, locale));
			model.addAttribute("oob", true);
			if (path.startsWith("targetGroups[")) {
				model.addAttribute("derived", derived(after, locale));
			}
			if (RESHAPING.matcher(path).matches()) {
				// the line now has other fields (weights, the years of an item): show the page anew
				response.setHeader("HX-Refresh", "true");
			}
			return "cases/fragments :: edited";
		} catch (FieldKind.FieldInputException e) {
			return unsaved(user, id, path, typed, fields.text(e.messageKey(), locale), model, locale);
		} catch (InvalidCaseException e) {
			String here = e.problems().stream().filter(p -> p.path().equals(path))
					.map(p -> fields.problem(p, before, locale)).findFirst()
					.orElseGet(() -> fields.text("page.notSaved", locale, String.join("; ", e.problems().stream()
							.map(p -> fields.placed(p, before, locale))
							.toList())));
			return unsaved(user, id, path, typed, here, model, locale);
		} catch (WriteRefusedException e) {
			return unsaved(user, id, path, typed, String.join(" ", e.refusals().stream()
					.map(r -> e.sentence(r, messages, locale)).distinct().toList()), model, locale);
		} catch (ChangedMeanwhileException e) {
			// a real conflict: both values beside the field, and the person chooses
			JsonNode current = CaseJson.parse(cases.get(user.userId(), id).document());
			model.addAttribute("field", fields.conflict(current, path, locale, typed));
			return "cases/fragments :: field";
		} catch (StatusException e) {
			// not the writer's to change (403), or not to be changed now (409: the case is being signed)
			if (e.status() != 403 && e.status() != 409) {
				throw e;
			}
			return unsaved(user, id, path, typed, fields.text(e.messageKey(), locale, e.args()), model, locale);
		}
	}

	/** The field as it is stored now: what "keep their value" after a conflict shows. */
	@GetMapping("/{id}/field")
	String storedField(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
			@RequestParam String path, Model model, Locale locale) {
		FieldSpec.of(path).orElseThrow(() -> new StatusException(400, "page.badPath"));
		model.addAttribute("caseId", id);
		model.addAttribute("editable", cases.membership(user.userId(), id).role().mayEdit());
		model.addAttribute("field", fields.field(CaseJson.parse(cases.get(user.userId(), id).document()), path,
				locale));
		return "cases/fragments :: field";
	}

	/** The field again with what was typed and why it was not saved; the stored case is untouched. */
	private String unsaved(AccountPrincipal user, UUID id, String path, List<String> typed, String error, Model model,
			Locale locale) {
		JsonNode current = CaseJson.parse(cases.get(user.userId(), id).document());
		model.addAttribute("field", fields.field(current, path, locale, Optional.of(typed), error, false));
		return "cases/fragments :: field";
	}

	/**
	 * Fields whose change gives their line other fields, or the settlement page other columns; on the
	 * arrangements and scenarios pages every change changes the comparison beside the form.
	 */
	private static final Pattern RESHAPING = Pattern.compile("allocationKeys\\[\\d+]\\.(method|parties)"
			+ "|activities\\[\\d+]\\.financier|items\\[\\d+]\\.recurrence|settlement\\..*|arrangements\\[.*|scenarios\\[.*");

	private static final Pattern PARAMETER_ID = Pattern.compile("parameters\\[(\\d{1,5})]\\.id");

	/** Lists longer than this show their lines closed, each opened (and its fields fetched) on demand. */
	static final int OPEN_LINES = 12;

	/** Every line of a list, with its fields unless the list is long. */
	private List<LineView> lines(JsonNode document, CaseList list, Locale locale, Model model) {
		List<LineView> lines = new ArrayList<>();
		JsonNode nodes = document.path(list.field);
		Object refused = model.getAttribute("refused");
		for (int i = 0; i < nodes.size(); i++) {
			JsonNode line = nodes.get(i);
			String title = fields.text(list.titleKey, locale, i + 1) + ": " + line.path("name").asString(line
					.path("id").asString());
			// a refused removal keeps its line open: the reason shows beside the remove button
			boolean lazy = nodes.size() > OPEN_LINES && !line.path("id").asString().equals(refused);
			lines.add(new LineView(line.path("id").asString(), i, title, lazy,
					lazy ? List.of() : lineFields(document, list, i, locale)));
		}
		return lines;
	}

	/**
	 * The fields of one line; an item shows its amount, or its fte and cost per fte, and its years. A line shown
	 * as a row of a table gives only the fields that are not its columns.
	 */
	private List<FieldView> lineFields(JsonNode document, CaseList list, int index, Locale locale) {
		JsonNode line = document.path(list.field).path(index);
		List<String> names = new ArrayList<>(list.fields);
		if (list == CaseList.ITEMS) {
			names.addAll(line.has("fte") || line.has("costPerFte") ? List.of("fte", "costPerFte") : List.of("amount"));
			names.addAll("INCIDENTAL".equals(line.path("recurrence").asString()) ? List.of("year")
					: List.of("fromYear", "toYear"));
		}
		if (list == CaseList.ACTIVITIES) {
			for (int f = 0; f < line.path("financier").size(); f++) {
				names.add("financier[" + f + "].share");
			}
		}
		if (list == CaseList.ALLOCATION_KEYS) {
			line.path("weights").propertyNames().forEach(party -> names.add("weights." + party));
		}
		names.removeAll(list.grid);
		String at = list.field + "[" + index + "].";
		return names.stream().map(f -> fields.field(document, at + f, locale)).toList();
	}

	/** The fields of one line of a long list, fetched when the person opens it. */
	@GetMapping("/{id}/lines/{list}/{index}")
	String lineFields(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
			@PathVariable String list, @PathVariable int index, Model model, Locale locale) {
		CaseList lines = CaseList.of(list);
		JsonNode document = CaseJson.parse(cases.get(user.userId(), id).document());
		if (index < 0 || index >= document.path(list).size()) {
			throw new StatusException(404, "api.notFound");
		}
		JsonNode line = document.path(list).path(index);
		model.addAttribute("caseId", id);
		model.addAttribute("editable", cases.membership(user.userId(), id).role().mayEdit());
		model.addAttribute("lineFields", lineFields(document, lines, index, locale));
		model.addAttribute("list", list);
		model.addAttribute("lineId", line.path("id").asString());
		model.addAttribute("removeLabel", fields.text(lines.removeKey, locale));
		model.addAttribute("title", line.path("name").asString(line.path("id").asString()));
		return "cases/fragments :: openedLine(lineFields=${lineFields},list=${list},lineId=${lineId},"
				+ "removeLabel=${removeLabel},title=${title})";
	}

	@GetMapping("/{id}/gesprek")
	String conversation(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id, Model model,
			Locale locale) {
		Case c = page(user, id, "gesprek", model, locale).source();
		model.addAttribute("groups", Conversation.read((JsonNode) model.getAttribute("document"), partyNames(c)));
		Membership membership = cases.membership(user.userId(), id);
		Optional<String> boundTo = membership.party();
		model.addAttribute("username", user.username());
		model.addAttribute("owner", membership.role().mayManage());
		model.addAttribute("answerParties", c.parties().stream()
				.filter(p -> boundTo.isEmpty() || boundTo.get().equals(p.id())).toList());
		return "cases/gesprek";
	}

	@PostMapping("/{id}/gesprek")
	String answer(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
			@RequestParam String question, @RequestParam String party, @RequestParam String text) {
		cases.answer(user.userId(), id, question, party, text);
		return "redirect:/cases/" + id + "/gesprek#" + question.replace('.', '-');
	}

	@PostMapping("/{id}/gesprek/{question}/{index}/delete")
	String removeAnswer(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
			@PathVariable String question, @PathVariable int index, @RequestParam String at) {
		cases.removeAnswer(user.userId(), id, question, index, at);
		return "redirect:/cases/" + id + "/gesprek#" + question.replace('.', '-');
	}

	@GetMapping("/{id}/partijen")
	String parties(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
			@RequestParam(defaultValue = "0") int from, Model model, Locale locale) {
		Case c = page(user, id, "partijen", model, locale).source();
		JsonNode document = (JsonNode) model.getAttribute("document");
		model.addAttribute("parties", grids.grid(document, CaseList.PARTIES, NO_FILTER, from,
				"/cases/" + id + "/partijen", "from", locale));
		// the member form names the parties from the case, whatever the table shows of them
		model.addAttribute("partyNames", partyNames(c));
		model.addAttribute("members", cases.members(user.userId(), id));
		model.addAttribute("owner", cases.membership(user.userId(), id).role().mayManage());
		model.addAttribute("roles", List.of(Role.values()));
		return "cases/partijen";
	}

	/** Party id to name, in the order of the case. */
	private static Map<String, String> partyNames(Case c) {
		Map<String, String> names = new LinkedHashMap<>();
		c.parties().forEach(p -> names.put(p.id(), p.name()));
		return names;
	}

	/**
	 * Adds or changes a member. The page says who was added, with their organisation, so that an owner sees
	 * whom an address reached; a refusal is said beside the form, with what was typed and chosen kept.
	 */
	@PostMapping("/{id}/members")
	String putMember(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
			@RequestParam String account, @RequestParam Role role, @RequestParam(defaultValue = "") String party,
			RedirectAttributes redirect, Locale locale) {
		try {
			Views.Member m = cases.putMember(user.userId(), id, account.strip(), role,
					party.isBlank() ? Optional.empty() : Optional.of(party));
			String roleName = messages.getMessage("role." + m.role(), null, locale);
			redirect.addFlashAttribute("memberSaved", m.party().isEmpty()
					? messages.getMessage("members.saved", new Object[] { m.displayName(), m.organisation(), roleName },
							locale)
					: messages.getMessage("members.savedFor", new Object[] { m.displayName(), m.organisation(),
							roleName, FieldViews.lineName(CaseJson.parse(cases.get(user.userId(), id).document()),
									"parties", m.party().get()) },
							locale));
		} catch (StatusException refused) {
			redirect.addFlashAttribute("memberError",
					messages.getMessage(refused.messageKey(), refused.args(), locale));
			redirect.addFlashAttribute("memberAccount", account.strip());
			redirect.addFlashAttribute("memberRole", role.name());
			redirect.addFlashAttribute("memberParty", party);
		}
		return "redirect:/cases/" + id + "/partijen#members";
	}

	@PostMapping("/{id}/members/{username}/delete")
	String removeMember(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
			@PathVariable String username) {
		cases.removeMember(user.userId(), id, username);
		return "redirect:/cases/" + id + "/partijen#members";
	}

	private static final Grids.Filter NO_FILTER = new Grids.Filter("", "", "", "");

	/** Activities and items as compact tables, searched and filtered on the server; keys as cards. */
	@GetMapping("/{id}/activiteiten")
	String activities(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String party,
			@RequestParam(defaultValue = "") String domain, @RequestParam(defaultValue = "") String category,
			@RequestParam(defaultValue = "0") int activitiesFrom, @RequestParam(defaultValue = "0") int itemsFrom,
			Model model, Locale locale) {
		Case c = page(user, id, "activiteiten", model, locale).source();
		JsonNode document = (JsonNode) model.getAttribute("document");
		Grids.Filter filter = new Grids.Filter(q, party, domain, category);
		String url = "/cases/" + id + "/activiteiten";
		model.addAttribute("filter", filter);
		model.addAttribute("partyNames", partyNames(c));
		model.addAttribute("domains", fields.field(document, "activities[0].domain", locale).options());
		model.addAttribute("categories", fields.field(document, "items[0].category", locale).options());
		model.addAttribute("activities", grids.grid(document, CaseList.ACTIVITIES, filter, activitiesFrom, url,
				"activitiesFrom", locale));
		model.addAttribute("items", grids.grid(document, CaseList.ITEMS, filter, itemsFrom, url, "itemsFrom",
				locale));
		model.addAttribute("keys", lines(document, CaseList.ALLOCATION_KEYS, locale, model));
		return "cases/activiteiten";
	}

	/**
	 * Saves a field shown as a cell of a table: as {@link #field}, answered with the cell, so that the row keeps
	 * its shape.
	 */
	@PostMapping("/{id}/cell")
	String cell(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id, @RequestParam String path,
			@RequestParam(defaultValue = "") String original, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale) {
		String view = field(user, id, path, original, request, response, model, locale);
		JsonNode document = CaseJson.parse(cases.get(user.userId(), id).document());
		FieldView field = (FieldView) model.getAttribute("field");
		model.addAttribute("field", field.inCell(fields.place(document, path, locale)));
		model.addAttribute("cellUrl", request.getContextPath() + "/cases/" + id + "/cell");
		return view.endsWith(":: edited") ? "cases/grid :: editedCell" : "cases/grid :: cell";
	}

	/** The cell as it is stored now: what "keep their value" after a conflict in a table shows. */
	@GetMapping("/{id}/cell")
	String storedCell(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id, @RequestParam String path,
			HttpServletRequest request, Model model, Locale locale) {
		storedField(user, id, path, model, locale);
		JsonNode document = CaseJson.parse(cases.get(user.userId(), id).document());
		model.addAttribute("field", ((FieldView) model.getAttribute("field")).inCell(fields.place(document, path,
				locale)));
		model.addAttribute("cellUrl", request.getContextPath() + "/cases/" + id + "/cell");
		return "cases/grid :: cell";
	}

	@GetMapping("/{id}/overview")
	String overview(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id, Model model,
			Locale locale) {
		PreparedCase c = page(user, id, "overview", model, locale);
		model.addAttribute("overview", figures.overview(c, (CalculationResult) model.getAttribute("result"),
				(Report) model.getAttribute("report"), locale));
		return "cases/overview";
	}

	@GetMapping("/{id}/diagrammen")
	String charts(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id, Model model, Locale locale) {
		PreparedCase c = page(user, id, "diagrammen", model, locale);
		model.addAttribute("charts", charts.all(c, (CalculationResult) model.getAttribute("result"), locale));
		return "cases/diagrammen";
	}

	@GetMapping("/{id}/verdeling")
	String settlement(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id, Model model,
			Locale locale) {
		PreparedCase c = page(user, id, "verdeling", model, locale);
		model.addAttribute("comparison", figures.comparison(c, (CalculationResult) model.getAttribute("result"),
				(Report) model.getAttribute("report"), locale));
		JsonNode document = (JsonNode) model.getAttribute("document");
		model.addAttribute("terms", List.of("settlement.key", "settlement.basis", "settlement.perYear",
				"settlement.includeCapacity")
				.stream().map(path -> fields.field(document, path, locale)).toList());
		model.addAttribute("methodOriginal", DocumentPath.parse("settlement.method").get(document)
				.map(JsonNode::toString).orElse(""));
		return "cases/verdeling";
	}

	/** Chooses the settlement method (a plain form, so that the whole comparison is shown again). */
	@PostMapping("/{id}/verdeling")
	String chooseMethod(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
			@RequestParam String method, @RequestParam(defaultValue = "") String original) {
		Optional<JsonNode> expected = original.isEmpty() ? Optional.empty() : Optional.of(CaseJson.parse(original));
		cases.patch(user.userId(), id, "settlement.method", expected, FieldKind.CHOICE.parse(List.of(method), Locale.ROOT));
		return "redirect:/cases/" + id + "/verdeling#afspraken";
	}
}
