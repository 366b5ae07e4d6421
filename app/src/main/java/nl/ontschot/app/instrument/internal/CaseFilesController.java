package nl.ontschot.app.instrument.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.ontschot.app.account.AccountPrincipal;
import nl.ontschot.app.cases.CaseService;
import nl.ontschot.app.cases.StoredCase;
import nl.ontschot.app.instrument.FieldViews;
import nl.ontschot.app.web.Attachments;
import nl.ontschot.app.web.PageController;
import nl.ontschot.app.web.StatusException;
import nl.ontschot.app.web.Utf8;
import nl.ontschot.engine.InvalidCaseException;
import nl.ontschot.engine.json.CaseJson;
import tools.jackson.databind.JsonNode;

/**
 * A case as a file in the browser: downloaded as the JSON of calculation.md exactly as it is stored (lossless),
 * and a file of that format uploaded as a new case. The API has the same (ADR 16).
 */
@Controller
@PageController
@RequestMapping("/cases")
class CaseFilesController {

	private final CaseService cases;
	private final FieldViews fields;

	CaseFilesController(CaseService cases, FieldViews fields) {
		this.cases = cases;
		this.fields = fields;
	}

	@GetMapping("/{id}/casus.json")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id) {
		StoredCase stored = cases.get(user.userId(), id);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
				.header(HttpHeaders.CONTENT_DISPOSITION, Attachments.disposition(stored.name(), "json"))
				.body(stored.document().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A new case from an uploaded file in the case format; its every problem is listed on the case list with
	 * its place, and nothing is stored.
	 */
	@PostMapping("/upload")
	String upload(@AuthenticationPrincipal AccountPrincipal user, @RequestParam("file") MultipartFile file,
			RedirectAttributes redirect, Locale locale) throws java.io.IOException {
		String text;
		try {
			text = Utf8.text(file.getBytes());
		} catch (StatusException notUtf8) {
			redirect.addFlashAttribute("uploadFile", file.getOriginalFilename());
			redirect.addFlashAttribute("uploadProblems", List.of(fields.text(notUtf8.messageKey(), locale)));
			return "redirect:/cases#upload";
		}
		// a byte order mark, as editors on Windows write it, is no part of the JSON
		text = text.startsWith("\uFEFF") ? text.substring(1) : text;
		try {
			// creating checks the case as any new case is checked
			UUID id = cases.create(user.userId(), text);
			return "redirect:/cases/" + id + "/overview";
		} catch (InvalidCaseException e) {
			JsonNode document = parsedOrEmpty(text);
			List<String> problems = e.problems().stream().map(p -> p.path().isEmpty() || !document.isObject()
					? fields.problem(p, document, locale)
					: fields.placed(p, document, locale)).toList();
			redirect.addFlashAttribute("uploadFile", file.getOriginalFilename());
			redirect.addFlashAttribute("uploadProblems", problems);
			return "redirect:/cases#upload";
		}
	}

	private static JsonNode parsedOrEmpty(String text) {
		try {
			return CaseJson.parse(text);
		} catch (InvalidCaseException notJson) {
			return tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
		}
	}
}
