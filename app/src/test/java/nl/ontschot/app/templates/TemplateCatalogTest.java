package nl.ontschot.app.templates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.ontschot.app.Api;
import nl.ontschot.engine.JsonComparison;
import nl.ontschot.engine.SharedFiles;
import nl.ontschot.engine.calculation.Calculator;
import nl.ontschot.engine.json.CaseJson;
import nl.ontschot.engine.json.ResultJson;

/** The product's templates reuse the figures of the example cases with descriptions of their own. */
class TemplateCatalogTest {

	private final TemplateCatalog catalog = new TemplateCatalog();

	@Test
	void everyTemplateCalculatesAsItsExampleCase() {
		assertThat(catalog.all()).extracting(TemplateCatalog.Template::id)
				.containsExactlyElementsOf(SharedFiles.exampleCases().stream().sorted((a, b) ->
						TemplateCatalog.IDS.indexOf(a) - TemplateCatalog.IDS.indexOf(b)).toList());
		for (TemplateCatalog.Template template : catalog.all()) {
			var expected = Api.JSON.readTree(SharedFiles.read("cases/" + template.id() + ".expected.json"));
			var actual = ResultJson.tree(Calculator.calculate(CaseJson.read(template.document())));

			assertThat(JsonComparison.differences(expected, actual, 0.01)).as(template.id()).isEmpty();
			assertThat(template.description()).startsWith("Sjabloon:")
					.isNotEqualTo(CaseJson.read(SharedFiles.read("cases/" + template.id() + ".json")).description());
		}
	}
}
