package nl.ontschot.client;

import java.util.List;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.ontschot.app.web.ClientRoundTrip;
import nl.ontschot.client.api.CalculationsApi;
import nl.ontschot.client.api.CasesApi;
import nl.ontschot.client.model.CalculationResult;
import nl.ontschot.client.model.ModelCase;
import nl.ontschot.client.model.Saved;

/**
 * Compiled by GeneratedClientTest together with the client that openapi-generator writes from the served API
 * description (not by Maven): a client program that uses only the generated models and operations.
 */
public final class RoundTrip implements ClientRoundTrip {

	@Override
	public List<String> roundTrip(String baseUri, String authorization, String caseDocument) throws Exception {
		ApiClient client = new ApiClient();
		client.updateBaseUri(baseUri);
		client.setRequestInterceptor(request -> request.header("Authorization", authorization));
		// a number field that may also be a formula text is a oneOf of two scalars: without coercion a
		// number matches only the number (JSON.getDefault() of the generated client does the same)
		ObjectMapper json = client.getObjectMapper().configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
		client.setObjectMapper(json);
		ModelCase sent = json.readValue(caseDocument, ModelCase.class);
		CasesApi cases = new CasesApi(client);

		Saved saved = cases.create(null, sent);
		ModelCase read = cases.get(saved.getId());
		CalculationResult stored = cases.result(saved.getId());
		CalculationResult calculated = new CalculationsApi(client).calculate(read);

		return List.of(json.writeValueAsString(sent), json.writeValueAsString(read), json.writeValueAsString(stored),
				json.writeValueAsString(calculated));
	}
}
