package nl.ontschot.app.calculation;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.ontschot.app.web.Utf8;
import nl.ontschot.engine.calculation.Calculator;
import nl.ontschot.engine.json.CaseJson;
import nl.ontschot.engine.json.ResultJson;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "Calculations")
class CalculationApiController {

	@PostMapping(path = "/api/v1/calculations", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Calculate a case without storing it: case document in, result (calculation.md section 4) out")
	JsonNode calculate(@RequestBody byte[] document) {
		return ResultJson.tree(Calculator.calculate(CaseJson.read(Utf8.text(document))));
	}
}
