package nl.ontschot.app.calculation.internal;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.ontschot.app.calculation.SynchronousCalculation;
import nl.ontschot.app.web.ErrorAnswers;
import nl.ontschot.app.web.SchemaRefs;
import nl.ontschot.app.web.Utf8;
import nl.ontschot.engine.json.CaseJson;
import nl.ontschot.engine.json.ResultJson;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "Calculations", description = "Results of cases that are not stored")
class CalculationApiController {

	@PostMapping(path = "/api/v1/calculations", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Calculate a case without storing it: case document in, result (calculation.md section 4) out")
	@ApiResponse(responseCode = "200", description = "The result", content = @Content(
			schema = @Schema(ref = SchemaRefs.RESULT)))
	@ErrorAnswers({ 400, 413, 415, 503 })
	JsonNode calculate(@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
			mediaType = "application/json", schema = @Schema(ref = SchemaRefs.CASE)))
			@RequestBody byte[] document) {
		return ResultJson.tree(SynchronousCalculation.calculate(CaseJson.read(Utf8.text(document))));
	}
}
