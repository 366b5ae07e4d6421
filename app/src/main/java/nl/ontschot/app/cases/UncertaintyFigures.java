package nl.ontschot.app.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.ontschot.app.cases.AgreementFigures.Row;
import nl.ontschot.app.cases.AgreementFigures.Table;
import nl.ontschot.app.cases.Figures.Money;
import nl.ontschot.app.simulation.Simulation;
import nl.ontschot.engine.text.Amounts;
import tools.jackson.databind.JsonNode;

/**
 * A finished run of the uncertainty in the words of the page: per party the chance of ending below zero and
 * the p5-p50-p95 band of the net after settlement, the tornado as a table and a chart, the switching values
 * as sentences ("Zorgverzekeraar Zuid speelt quitte bij Slagingspercentage van 41,3 %").
 */
@Component
class UncertaintyFigures {

	private final MessageSource messages;
	private final Charts charts;

	UncertaintyFigures(MessageSource messages, Charts charts) {
		this.messages = messages;
		this.charts = charts;
	}

	record Outcome(int iterations, Table risk, List<Charts.Chart> spread, Table tornado, Charts.Chart tornadoChart,
			List<String> switching) {
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	/** An uncertain input as the pages list it: what it changes, its distribution and its values in words. */
	record InputView(int index, String target, String distribution, String values) {
	}

	List<InputView> inputs(JsonNode document, ScenarioTargets targets, Locale locale) {
		List<InputView> inputs = new ArrayList<>();
		JsonNode list = document.path("uncertainty").path("inputs");
		for (int i = 0; i < list.size(); i++) {
			JsonNode input = list.get(i);
			String target = input.path("target").asString();
			List<String> values = new ArrayList<>();
			for (String term : List.of("min", "mode", "max", "mean", "sd")) {
				if (input.has(term)) {
					values.add(text("onzekerheid." + term, locale) + " " + targets.withUnit(target, input.get(term), locale));
				}
			}
			inputs.add(new InputView(i, targets.label(target), text("onzekerheid.distribution."
					+ input.path("distribution").asString(), locale), String.join(", ", values)));
		}
		return inputs;
	}

	Outcome outcome(Simulation run, JsonNode document, ScenarioTargets targets, Locale locale) {
		JsonNode result = run.result();
		List<Row> risk = new ArrayList<>();
		List<Charts.Chart> spread = new ArrayList<>();
		for (JsonNode party : document.path("parties")) {
			String id = party.path("id").asString();
			JsonNode s = result.path("parties").path(id).path("netAfterSettlement");
			if (s.isMissingNode()) {
				continue;
			}
			String loss = Amounts.percent(s.path("probabilityNegative").asDouble(), locale);
			JsonNode h = run.histograms().path(id);
			if (h.isObject()) {
				spread.add(charts.histogram("spread-" + spread.size(), party.path("name").asString(id),
						h.path("from").asDouble(), h.path("to").asDouble(),
						h.path("counts").valueStream().mapToInt(JsonNode::asInt).toArray(), loss, locale));
			}
			risk.add(new Row(party.path("name").asString(), List.of(
					new Money(loss, false),
					Money.euros(s.path("p5").asDouble(), locale), Money.euros(s.path("p50").asDouble(), locale),
					Money.euros(s.path("p95").asDouble(), locale))));
		}
		Table riskTable = new Table(List.of(text("summary.party", locale), text("onzekerheid.loss", locale), "p5",
				"p50", "p95"), risk);
		List<Row> bars = new ArrayList<>();
		List<String> names = new ArrayList<>();
		List<double[]> values = new ArrayList<>();
		for (JsonNode bar : result.path("tornado")) {
			String target = bar.path("target").asString();
			String label = targets.label(target);
			double low = bar.path("total").path("low").asDouble();
			double high = bar.path("total").path("high").asDouble();
			bars.add(new Row(label, List.of(new Money(targets.withUnit(target, bar.path("low"), locale), false), new Money(targets.withUnit(target, bar.path("high"), locale), false), Money.euros(low, locale), Money.euros(high, locale))));
			names.add(label);
			values.add(new double[] { low, high });
		}
		Table tornado = new Table(List.of(text("onzekerheid.input", locale), text("onzekerheid.lowValue", locale),
				text("onzekerheid.highValue", locale), text("onzekerheid.totalLow", locale),
				text("onzekerheid.totalHigh", locale)), bars);
		Charts.Chart chart = charts.bars("tornado", text("onzekerheid.tornado", locale),
				text("onzekerheid.tornadoText", locale), names, values, new String[] {
						text("onzekerheid.totalLow", locale), text("onzekerheid.totalHigh", locale) }, locale);
		List<String> switching = new ArrayList<>();
		for (JsonNode s : result.path("switching")) {
			if (s.path("value").isNumber()) {
				String target = s.path("target").asString();
				switching.add(text("onzekerheid.switching", locale, FieldViews.lineName(document, "parties", s.path("party").asString()),
						targets.label(target), targets.withUnit(target, s.path("value"), locale)));
			}
		}
		return new Outcome(result.path("iterations").asInt(), riskTable, spread, tornado, chart, switching);
	}
}
