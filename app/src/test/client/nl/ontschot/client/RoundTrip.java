package nl.ontschot.client;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.ontschot.app.web.ClientRoundTrip;
import nl.ontschot.client.api.CalculationsApi;
import nl.ontschot.client.api.CasesApi;
import nl.ontschot.client.model.ApiError;
import nl.ontschot.client.model.ApiErrorItem;
import nl.ontschot.client.model.CalculationResult;
import nl.ontschot.client.model.ModelCase;
import nl.ontschot.client.model.Saved;

/**
 * Compiled by GeneratedClientTest together with the client that openapi-generator writes from the served API
 * description (not by Maven): a client program that uses only the generated models and operations.
 */
public final class RoundTrip implements ClientRoundTrip {

	private static ApiClient client(String baseUri, String authorization) {
		ApiClient client = new ApiClient();
		client.updateBaseUri(baseUri);
		client.setRequestInterceptor(request -> request.header("Authorization", authorization));
		// a number field that may also be a formula text is a oneOf of two scalars: without coercion a
		// number matches only the number (JSON.getDefault() of the generated client does the same)
		client.setObjectMapper(client.getObjectMapper().configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false));
		return client;
	}

	@Override
	public List<String> roundTrip(String baseUri, String authorization, String caseDocument) throws Exception {
		ApiClient client = client(baseUri, authorization);
		ObjectMapper json = client.getObjectMapper();
		ModelCase sent = json.readValue(caseDocument, ModelCase.class);
		CasesApi cases = new CasesApi(client);

		Saved saved = cases.create(null, sent);
		ModelCase read = cases.get(saved.getId());
		CalculationResult stored = cases.result(saved.getId());
		CalculationResult calculated = new CalculationsApi(client).calculate(read);

		return List.of(json.writeValueAsString(sent), json.writeValueAsString(read), json.writeValueAsString(stored),
				json.writeValueAsString(calculated));
	}

	@Override
	public List<String> refused(String baseUri, String authorization, String caseDocument) throws Exception {
		ApiClient client = client(baseUri, authorization);
		try {
			new CasesApi(client).create(null, client.getObjectMapper().readValue(caseDocument, ModelCase.class));
			return List.of("stored");
		} catch (ApiException e) {
			ApiError error = client.getObjectMapper().readValue(e.getResponseBody(), ApiError.class);
			List<String> answer = new ArrayList<>(List.of(Integer.toString(e.getCode())));
			for (ApiErrorItem item : error.getErrors()) {
				answer.add(item.getPath() + ": " + item.getMessage());
			}
			return answer;
		}
	}
}
