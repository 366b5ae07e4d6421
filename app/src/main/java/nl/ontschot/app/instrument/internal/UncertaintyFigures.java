package nl.ontschot.app.instrument.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.ontschot.app.instrument.internal.AgreementFigures.Row;
import nl.ontschot.app.instrument.internal.AgreementFigures.Table;
import nl.ontschot.app.instrument.internal.Figures.Money;
import nl.ontschot.engine.json.CaseJson;
import nl.ontschot.engine.report.UncertaintyReport;
import nl.ontschot.engine.result.UncertaintyResult;
import nl.ontschot.engine.text.Amounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A finished run of the uncertainty in the words of the page: per party the chance of ending below zero and
 * the p5-p50-p95 band of the net after settlement, the tornado as a table and a chart, the switching values
 * as sentences ("Zorgverzekeraar Zuid speelt quitte bij Slagingspercentage van 41,3 %").
 */
@Component
public class UncertaintyFigures {

	private final MessageSource messages;
	private final Charts charts;

	public UncertaintyFigures(MessageSource messages, Charts charts) {
		this.messages = messages;
		this.charts = charts;
	}

	public record Outcome(int iterations, Table risk, List<Charts.Chart> spread, Table tornado, Charts.Chart tornadoChart,
			List<String> switching, List<String> conditions) {
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	/** An uncertain input as the pages list it: what it changes, its distribution and its values in words. */
	public record InputView(int index, String target, String distribution, String values) {
	}

	public List<InputView> inputs(JsonNode document, ScenarioTargets targets, Locale locale) {
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

	/** A run's uncertainty in words, tables and charts; its parties named as the document names them. */
	public Outcome outcome(UncertaintyResult found, JsonNode document, ScenarioTargets targets, Locale locale) {
		UncertaintyReport u = UncertaintyReport.of(CaseJson.read(document), found);
		List<Row> risk = new ArrayList<>();
		List<Charts.Chart> spread = new ArrayList<>();
		for (UncertaintyReport.PartyRisk party : u.parties()) {
			String loss = Amounts.percent(party.chanceNegative(), locale);
			UncertaintyResult.Histogram h = found.parties().get(party.party()).histogram();
			if (h.counts().size() > 1 || h.counts().get(0) > 0) {
				spread.add(charts.histogram("spread-" + spread.size(), party.name(), h.from(), h.to(),
						h.counts().stream().mapToInt(Integer::intValue).toArray(), loss, locale));
			}
			risk.add(new Row(party.name(), List.of(new Money(loss, false), Money.euros(party.p5(), locale),
					Money.euros(party.p50(), locale), Money.euros(party.p95(), locale))));
		}
		Table riskTable = new Table(List.of(text("summary.party", locale), text("onzekerheid.loss", locale), "p5",
				"p50", "p95"), risk);
		List<Row> bars = new ArrayList<>();
		List<String> names = new ArrayList<>();
		List<double[]> values = new ArrayList<>();
		for (UncertaintyReport.Bar bar : u.tornado()) {
			String label = targets.label(bar.target());
			bars.add(new Row(label, List.of(new Money(targets.withUnit(bar.target(), number(bar.low()), locale), false),
					new Money(targets.withUnit(bar.target(), number(bar.high()), locale), false),
					Money.euros(bar.totalLow(), locale), Money.euros(bar.totalHigh(), locale))));
			names.add(label);
			values.add(new double[] { bar.totalLow(), bar.totalHigh() });
		}
		Table tornado = new Table(List.of(text("onzekerheid.input", locale), text("onzekerheid.lowValue", locale),
				text("onzekerheid.highValue", locale), text("onzekerheid.totalLow", locale),
				text("onzekerheid.totalHigh", locale)), bars);
		Charts.Chart chart = charts.bars("tornado", text("onzekerheid.tornado", locale),
				text("onzekerheid.tornadoText", locale), names, values, new String[] {
						text("onzekerheid.totalLow", locale), text("onzekerheid.totalHigh", locale) }, locale);
		List<String> switching = u.switching().stream().map(s -> text("onzekerheid.switching", locale, s.name(),
				targets.label(s.target()), targets.withUnit(s.target(), number(s.value()), locale))).toList();
		List<String> conditions = u.conditions().stream().map(c -> text("onzekerheid.condition", locale, c.name(),
				Amounts.percent(c.chance(), locale))).toList();
		return new Outcome(u.iterations(), riskTable, spread, tornado, chart, switching, conditions);
	}

	private static JsonNode number(double value) {
		return JsonNodeFactory.instance.numberNode(value);
	}
}
