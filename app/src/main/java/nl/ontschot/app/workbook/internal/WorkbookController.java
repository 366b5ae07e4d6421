package nl.ontschot.app.workbook.internal;

import java.io.IOException;
import java.util.List;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.ontschot.app.account.AccountPrincipal;
import nl.ontschot.app.cases.CaseDocument;
import nl.ontschot.app.cases.CaseService;
import nl.ontschot.app.cases.ChangedSinceExportException;
import nl.ontschot.app.cases.WriteRefusedException;
import nl.ontschot.app.instrument.FieldViews;
import nl.ontschot.app.simulation.Simulations;
import nl.ontschot.app.web.Attachments;
import nl.ontschot.app.web.PageController;
import nl.ontschot.app.web.StatusException;
import nl.ontschot.app.workbook.Workbooks;
import nl.ontschot.app.workbook.internal.WorkbookImport.Accepted;
import nl.ontschot.app.workbook.internal.WorkbookImport.Outcome;
import nl.ontschot.app.workbook.internal.WorkbookImport.Refused;
import nl.ontschot.engine.json.CaseJson;
import nl.ontschot.engine.result.UncertaintyResult;
import tools.jackson.databind.JsonNode;

/**
 * The workbook in the browser (ADR 19): a case's workbook for any member (its uncertainty from the latest
 * finished run of that version, as the steering group's report), the template to fill in, and a
 * workbook read in as a new case or into a case as one save. Problems are listed on the page the form is on,
 * each with its sheet, row and column; nothing is stored unless the whole workbook is valid.
 */
@Controller
@PageController
class WorkbookController {

	private final CaseService cases;
	private final Simulations simulations;
	private final WorkbookImport reader;
	private final MessageSource messages;
	private final FieldViews fields;

	WorkbookController(CaseService cases, Simulations simulations, WorkbookImport reader, MessageSource messages,
			FieldViews fields) {
		this.cases = cases;
		this.simulations = simulations;
		this.reader = reader;
		this.messages = messages;
		this.fields = fields;
	}

	@GetMapping("/cases/{id}/export.xlsx")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
			Locale locale) {
		CaseDocument stored = cases.read(user.userId(), id);
		String name = CaseJson.parse(stored.document()).path("name").asString("");
		Optional<UncertaintyResult> uncertainty = simulations.finished(user.userId(), id, stored.version());
		return file(Workbooks.export(stored.document(), uncertainty, messages, locale), name);
	}

	@GetMapping("/templates/ontschot-invoer.xlsx")
	ResponseEntity<byte[]> template(Locale locale) {
		return file(Workbooks.template(messages, locale), "ontschot-invoer");
	}

	private static ResponseEntity<byte[]> file(byte[] bytes, String name) {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(Workbooks.CONTENT_TYPE))
				.header(HttpHeaders.CONTENT_DISPOSITION, Attachments.disposition(name, "xlsx")).body(bytes);
	}

	/** A new case from a workbook, with the reader as its owner. */
	@PostMapping("/cases/import")
	String importNew(@AuthenticationPrincipal AccountPrincipal user, @RequestParam("file") MultipartFile file,
			RedirectAttributes redirect, Locale locale) throws IOException {
		Outcome outcome = reader.read(file.getBytes(), Optional.empty(), locale);
		if (outcome instanceof Accepted accepted) {
			try {
				UUID id = cases.create(user.userId(), accepted.document());
				return "redirect:/cases/" + id + "/overview";
			} catch (WriteRefusedException invalid) {
				outcome = new Refused(List.of(invalid.sentences(messages, locale)));
			}
		}
		refused(redirect, file, (Refused) outcome);
		return "redirect:/cases#workbook";
	}

	/**
	 * A workbook read into a case: its sheets replace what they hold, saved as one new version with the write
	 * rules of any save (a party-bound editor may change its own party's lines only).
	 */
	@PostMapping("/cases/{id}/import")
	String importInto(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id,
			@RequestParam("file") MultipartFile file, RedirectAttributes redirect, Locale locale) throws IOException {
		if (!cases.mayChange(user.userId(), id)) {
			throw new StatusException(403, "case.readOnly");
		}
		CaseDocument stored = cases.read(user.userId(), id);
		Outcome outcome = reader.read(file.getBytes(), Optional.of(stored.document()), locale);
		if (outcome instanceof Accepted accepted) {
			try {
				CaseDocument saved = accepted.exportedFrom().isPresent()
						? cases.replaceSince(user.userId(), id, accepted.exportedFrom().get(), accepted.document())
						: cases.replace(user.userId(), id, stored.version(), accepted.document());
				redirect.addFlashAttribute(saved.version() == stored.version() ? "workbookUnchanged"
						: "workbookImported", String.valueOf(file.getOriginalFilename()));
			} catch (WriteRefusedException notYours) {
				// named at its cells, as the workbook's other problems; the refused paths are those of the case as
				// it is now (nothing was stored) with the workbook's changes merged in
				refused(redirect, file, reader.refused(notYours.refused(messages, locale), accepted,
						cases.read(user.userId(), id).document(), locale));
			} catch (ChangedSinceExportException conflict) {
				JsonNode current = CaseJson.parse(conflict.current());
				refused(redirect, file, new Refused(conflict.paths().stream().map(path -> messages.getMessage(
						"workbook.changedSinceExport", new Object[] { fields.place(current, path, locale) }, locale))
						.distinct().toList()));
			}
		} else {
			refused(redirect, file, (Refused) outcome);
		}
		return "redirect:/cases/" + id + "/overview";
	}

	private static void refused(RedirectAttributes redirect, MultipartFile file, Refused refused) {
		redirect.addFlashAttribute("workbookFile", String.valueOf(file.getOriginalFilename()));
		redirect.addFlashAttribute("workbookProblems", refused.problems());
	}
}
