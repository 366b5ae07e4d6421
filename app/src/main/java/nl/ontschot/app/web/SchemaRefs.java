package nl.ontschot.app.web;

/**
 * References to the schemas of the API description, for the controllers' annotations: the case and the result
 * as the engine writes them (ADR 0012).
 */
public final class SchemaRefs {

	public static final String SCHEMAS = "#/components/schemas/";
	public static final String CASE = SCHEMAS + "Case";
	public static final String RESULT = SCHEMAS + "CalculationResult";

	private SchemaRefs() {
	}
}
