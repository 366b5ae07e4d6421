package nl.ontschot.app.instrument;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import nl.ontschot.app.cases.CaseService;
import nl.ontschot.app.cases.Membership;
import nl.ontschot.app.cases.StoredCase;
import nl.ontschot.app.instrument.internal.Figures;
import nl.ontschot.engine.calculation.PreparedCase;
import nl.ontschot.engine.json.CaseJson;
import nl.ontschot.engine.model.Case;
import nl.ontschot.engine.report.Report;
import nl.ontschot.engine.result.CalculationResult;
import tools.jackson.databind.JsonNode;

/** What every step page shows: the case's name, the step bar, the result per party. */
@Component
public class StepPages {

	/** The steps in the order of the instrument, as shown in the step bar. */
	public static final List<String> STEPS = List.of("gesprek", "partijen", "kengetallen", "activiteiten", "overview",
			"diagrammen", "verdeling", "afspraken", "scenarios", "onzekerheid", "realisatie");

	record Step(String key, String href, boolean current) {
	}

	private final CaseService cases;
	private final Figures figures;

	StepPages(CaseService cases, Figures figures) {
		this.cases = cases;
		this.figures = figures;
	}

	/** Fills the model for one step page and answers the case, prepared and calculated once. */
	public PreparedCase page(long userId, UUID id, String step, Model model, Locale locale) {
		StoredCase stored = cases.get(userId, id);
		JsonNode document = CaseJson.parse(stored.document());
		PreparedCase prepared = PreparedCase.of(CaseJson.read(document));
		// the fields of the page show their formulas' values from this same preparation
		FieldViews.preparedFrom(document, prepared);
		Case c = prepared.source();
		model.addAttribute("caseId", id);
		model.addAttribute("caseName", c.name());
		model.addAttribute("caseVersion", stored.version());
		model.addAttribute("step", step);
		model.addAttribute("steps", STEPS.stream()
				.map(s -> new Step(s, "/cases/" + id + "/" + s, s.equals(step))).toList());
		Membership membership = cases.membership(userId, id);
		model.addAttribute("editable", membership.role().mayEdit());
		// what concerns every party (key figures, arrangements, scenarios): not for an editor bound to one party
		model.addAttribute("sharedEditable", membership.role().mayEdit() && membership.party().isEmpty());
		CalculationResult result = prepared.calculateWithoutUncertainty();
		model.addAttribute("result", result);
		// the rows every output shows, built once for the page and its summary
		Report report = Report.of(prepared, result);
		model.addAttribute("report", report);
		model.addAttribute("summary", figures.summary(report, result, locale));
		model.addAttribute("document", document);
		return prepared;
	}
}
