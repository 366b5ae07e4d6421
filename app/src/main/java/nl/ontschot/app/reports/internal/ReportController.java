package nl.ontschot.app.reports.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.ontschot.app.account.AccountPrincipal;
import nl.ontschot.app.cases.CaseDocument;
import nl.ontschot.app.cases.CaseService;
import nl.ontschot.app.instrument.SteeringReport;
import nl.ontschot.app.reports.PdfReport;
import nl.ontschot.app.simulation.Simulations;
import nl.ontschot.app.web.Attachments;
import nl.ontschot.app.web.PageController;
import nl.ontschot.engine.json.CaseJson;
import nl.ontschot.engine.result.UncertaintyResult;

/**
 * The steering group's report of a case as a PDF, for every member of the case: the stored version as it is,
 * with the key risks of the latest uncertainty run when that run calculated this very version.
 */
@Controller
@PageController
@RequestMapping("/cases")
class ReportController {

	private final CaseService cases;
	private final Simulations simulations;
	private final PdfReport pdf;
	private final MessageSource messages;

	ReportController(CaseService cases, Simulations simulations, PdfReport pdf, MessageSource messages) {
		this.cases = cases;
		this.simulations = simulations;
		this.pdf = pdf;
		this.messages = messages;
	}

	/** {@code ?lang=en} makes it in English whatever the browser asks; Dutch is the default. */
	@GetMapping("/{id}/report.pdf")
	ResponseEntity<byte[]> report(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
			@RequestParam(required = false) String lang, Locale locale) {
		CaseDocument stored = cases.read(user.userId(), id);
		Locale language = Reports.language(lang, locale);
		Optional<UncertaintyResult> uncertainty = simulations.finished(user.userId(), id, stored.version());
		String version = messages.getMessage("report.versionNumber", new Object[] { stored.version() }, language);
		byte[] body = pdf.render(stored.document(), new SteeringReport.Source(version, LocalDate.now()), uncertainty,
				language);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						Attachments.disposition(CaseJson.parse(stored.document()).path("name").asString(), "pdf"))
				.body(body);
	}
}
