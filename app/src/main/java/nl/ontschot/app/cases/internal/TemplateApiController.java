package nl.ontschot.app.cases.internal;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.ontschot.app.cases.Views.TemplateInfo;
import nl.ontschot.app.templates.TemplateCatalog;
import nl.ontschot.app.web.ErrorAnswers;

@RestController
@Tag(name = "Templates", description = "The product's example cases to start from")
class TemplateApiController {

	private final TemplateCatalog templates;

	TemplateApiController(TemplateCatalog templates) {
		this.templates = templates;
	}

	@GetMapping("/api/v1/templates")
	@Operation(summary = "The product's templates, to start a case from (POST /api/v1/cases?template=ID)")
	@ErrorAnswers({})
	List<TemplateInfo> templates() {
		return templates.all().stream().map(t -> new TemplateInfo(t.id(), t.name(), t.description())).toList();
	}
}
