package nl.ontschot.app.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.ontschot.app.Api;
import nl.ontschot.engine.JsonComparison;
import nl.ontschot.engine.SharedFiles;
import nl.ontschot.engine.calculation.Calculator;
import nl.ontschot.engine.json.CaseJson;
import nl.ontschot.engine.json.ResultJson;
import nl.ontschot.engine.result.CalculationResult;
import tools.jackson.databind.JsonNode;

/** The product's templates reuse the figures of the example cases with descriptions of their own. */
class TemplateCatalogTest {

	private final TemplateCatalog catalog = new TemplateCatalog();

	@Test
	void theVersion1TemplatesCalculateAsTheirExampleCases() {
		for (String id : List.of("druppelbril", "wijkaanpak", "samen-indiceren")) {
			TemplateCatalog.Template template = catalog.find(id).orElseThrow();
			JsonNode expected = Api.JSON.readTree(SharedFiles.read("cases/" + id + ".expected.json"));
			JsonNode actual = ResultJson.tree(Calculator.calculate(CaseJson.read(template.document())));

			assertThat(JsonComparison.differences(expected, actual, 0.01)).as(id).isEmpty();
			assertThat(template.description()).startsWith("Sjabloon:")
					.isNotEqualTo(CaseJson.read(SharedFiles.read("cases/" + id + ".json")).description());
		}
	}

	@Test
	void fallPreventionHasKeyFiguresAnImpactBondAndWithoutItTheFiguresOfItsExample() {
		TemplateCatalog.Template template = catalog.find("valpreventie").orElseThrow();
		CalculationResult result = Calculator.calculate(CaseJson.read(template.document()));
		JsonNode expected = Api.JSON.readTree(SharedFiles.read("cases/valpreventie.expected.json"));

		assertThat(result.schemaVersion()).isEqualTo(2);
		assertThat(result.parameters()).containsKeys("deelnemers", "voorkomen");
		assertThat(result.arrangements()).extracting(a -> a.type().name()).containsExactly("IMPACT_BOND");
		assertThat(result.arrangements().get(0).conditionMet()).contains(true);
		assertThat(result.arrangements().get(0).investorIrr().getAsDouble()).isCloseTo(0.05, within(1e-6));
		assertThat(result.scenarios()).extracting(s -> s.id()).containsExactly("base", "pessimistisch", "optimistisch");
		// with no arrangement the parties stand where the example case puts them
		for (JsonNode party : expected.get("parties")) {
			assertThat(result.arrangementComparison().get(0).parties().get(party.get("id").asString()))
					.isCloseTo(party.get("pv").get("net").asDouble(), within(0.01));
		}
	}

	@Test
	void theOntschottePotIsThePooledBudgetOfItsExampleWithItsOwnTexts() {
		TemplateCatalog.Template template = catalog.find("ontschotte-pot").orElseThrow();
		JsonNode actual = ResultJson.tree(Calculator.calculate(CaseJson.read(template.document())));
		JsonNode expected = Api.JSON.readTree(SharedFiles.read("cases-v2/integraal-budget-kassier.expected.json"));

		assertThat(JsonComparison.differences(expected.get("parties"), actual.get("parties"), 0.01)).isEmpty();
		assertThat(JsonComparison.differences(expected.get("arrangements"), actual.get("arrangements"), 0.01))
				.isEmpty();
		assertThat(actual.get("scenarios").size()).isEqualTo(3);
		assertThat(template.description()).startsWith("Sjabloon:");
		assertThat(CaseJson.parse(template.document()).get("conversation").size()).isEqualTo(22);
	}

	@Test
	void everyTemplateHasAFilledInConversation() {
		assertThat(catalog.all()).hasSize(5);
		for (TemplateCatalog.Template template : catalog.all()) {
			JsonNode conversation = CaseJson.parse(template.document()).get("conversation");
			assertThat(conversation.size()).as(template.id()).isEqualTo(22);
		}
	}
}
