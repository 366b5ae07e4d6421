package nl.ontschot.engine.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import nl.ontschot.engine.Notice;
import nl.ontschot.engine.model.ArrangementType;
import nl.ontschot.engine.result.ArrangementResult;
import nl.ontschot.engine.result.CalculationResult;
import nl.ontschot.engine.result.Comparison;
import nl.ontschot.engine.result.DomainShare;
import nl.ontschot.engine.result.ScenarioResult;
import nl.ontschot.engine.result.YearFigures;
import nl.ontschot.engine.result.CoreCheck;
import nl.ontschot.engine.result.Flows;
import nl.ontschot.engine.result.PartyResult;
import nl.ontschot.engine.result.PartyYear;
import nl.ontschot.engine.result.Payment;
import nl.ontschot.engine.result.PresentValue;
import nl.ontschot.engine.result.SettlementResult;
import nl.ontschot.engine.result.Statistics;
import nl.ontschot.engine.result.SteadyState;
import nl.ontschot.engine.result.UncertaintyResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The engine's JSON edge for results: the result format of calculation.md section 4. */
public final class ResultJson {

	private ResultJson() {
	}

	/** The result as indented JSON text. */
	public static String write(CalculationResult result) {
		return CaseJson.MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree(result));
	}

	/** The result as a JSON tree, with field names and order as in calculation.md. */
	public static ObjectNode tree(CalculationResult result) {
		ObjectNode root = CaseJson.MAPPER.createObjectNode();
		boolean v2 = result.schemaVersion() == 2;
		root.put("schemaVersion", result.schemaVersion());
		root.put("case", result.caseName());
		ArrayNode years = root.putArray("years");
		result.years().forEach(years::add);
		if (v2) {
			ObjectNode parameters = root.putObject("parameters");
			result.parameters().forEach((id, values) -> numbers(parameters.putArray(id), values));
		}
		boolean perYear = result.settlement().perYear();
		ArrayNode parties = root.putArray("parties");
		for (PartyResult party : result.parties()) {
			ObjectNode p = parties.addObject();
			p.put("id", party.id());
			p.put("name", party.name());
			ArrayNode partyYears = p.putArray("years");
			for (PartyYear year : party.years()) {
				ObjectNode y = partyYears.addObject();
				y.put("year", year.year());
				money(y, year.flows());
				if (perYear) {
					y.put("settlement", year.settlement());
					y.put("netAfterSettlement", year.netAfterSettlement());
				}
			}
			total(p.putObject("total"), party.total());
			pv(p.putObject("pv"), party.pv());
			p.put("settlement", party.settlement());
			p.put("netAfterSettlement", party.netAfterSettlement());
			steadyState(p.putObject("steadyState"), party.steadyState());
			if (v2) {
				ArrayNode domains = p.putArray("domains");
				for (DomainShare share : result.byDomain()) {
					if (share.party().equals(party.id())) {
						ObjectNode d = domains.addObject();
						share.domain().ifPresentOrElse(domain -> d.put("domain", domain.name()), () -> d.putNull("domain"));
						d.put("net", share.nominal());
						d.put("pv", share.presentValue());
					}
				}
				party.paybackYear().ifPresentOrElse(y -> p.put("paybackYear", y), () -> p.putNull("paybackYear"));
			}
		}
		total(root.putObject("total"), result.total());
		pv(root.putObject("pv"), result.pv());
		settlement(root.putObject("settlement"), result.settlement());
		if (v2) {
			arrangements(root.putArray("arrangements"), result);
			ArrayNode comparison = root.putArray("arrangementComparison");
			for (Comparison row : result.arrangementComparison()) {
				ObjectNode c = comparison.addObject();
				c.put("id", row.id());
				ObjectNode parties2 = c.putObject("parties");
				row.parties().forEach(parties2::put);
			}
			if (!result.scenarios().isEmpty()) {
				scenarios(root.putArray("scenarios"), result);
			}
			if (!result.plan().isEmpty()) {
				ObjectNode plan = root.putObject("plan").putObject("parties");
				result.plan().forEach((id, f) -> yearFigures(plan.putObject(id), f));
				ObjectNode variance = root.putObject("variance");
				result.variance().forEach((id, f) -> yearFigures(variance.putObject(id), f));
			}
			result.uncertainty().ifPresent(u -> uncertainty(root.putObject("uncertainty"), u));
		}
		ArrayNode warnings = root.putArray("warnings");
		result.warnings().forEach(w -> warnings.add(warning(w)));
		return root;
	}

	private static void numbers(ArrayNode array, java.util.List<Double> values) {
		values.forEach(array::add);
	}

	private static void yearFigures(ObjectNode o, YearFigures f) {
		numbers(o.putArray("years"), f.years());
		o.put("pv", f.pv());
	}

	private static void arrangements(ArrayNode array, CalculationResult result) {
		for (ArrangementResult a : result.arrangements()) {
			ObjectNode o = array.addObject();
			o.put("id", a.id());
			o.put("type", a.type().name());
			ObjectNode transfers = o.putObject("transfers");
			a.transfers().forEach((party, values) -> numbers(transfers.putArray(party), values));
			ObjectNode total = o.putObject("total");
			a.total().forEach(total::put);
			ObjectNode pv = o.putObject("pv");
			a.pv().forEach(pv::put);
			a.conditionMet().ifPresent(met -> o.put("conditionMet", met));
			if (a.type() == ArrangementType.IMPACT_BOND) {
				if (a.investorIrr().isPresent()) {
					o.put("investorIrr", a.investorIrr().getAsDouble());
				} else {
					o.putNull("investorIrr");
				}
			}
		}
	}

	private static void scenarios(ArrayNode array, CalculationResult result) {
		for (ScenarioResult s : result.scenarios()) {
			ObjectNode o = array.addObject();
			o.put("id", s.id());
			s.name().ifPresentOrElse(name -> o.put("name", name), () -> o.putNull("name"));
			ObjectNode parties = o.putObject("parties");
			s.parties().forEach((party, outcome) -> {
				ObjectNode p = parties.putObject(party);
				p.put("pvNet", outcome.pvNet());
				p.put("netAfterSettlement", outcome.netAfterSettlement());
			});
			o.putObject("total").put("pvNet", s.totalPvNet());
		}
	}

	/** The uncertainty part of a result (6.9) on its own, as a run of it answers it. */
	public static ObjectNode uncertainty(UncertaintyResult u) {
		ObjectNode o = CaseJson.MAPPER.createObjectNode();
		uncertainty(o, u);
		return o;
	}

	/**
	 * How each party's net after settlement spreads over the iterations ({@link UncertaintyResult.Histogram},
	 * outside the result format): per party {@code {from, to, counts}}.
	 */
	public static ObjectNode histograms(UncertaintyResult u) {
		ObjectNode all = CaseJson.MAPPER.createObjectNode();
		u.parties().forEach((party, s) -> {
			ObjectNode h = all.putObject(party).put("from", s.histogram().from()).put("to", s.histogram().to());
			s.histogram().counts().forEach(h.putArray("counts")::add);
		});
		return all;
	}

	/**
	 * The uncertainty part of a result read back from {@link #uncertainty(UncertaintyResult)} and
	 * {@link #histograms(UncertaintyResult)}, as a finished run keeps them; a party without a histogram gets one
	 * empty bin.
	 */
	public static UncertaintyResult readUncertainty(JsonNode result, JsonNode histograms) {
		Map<String, UncertaintyResult.PartyStatistics> parties = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> p : result.path("parties").properties()) {
			JsonNode h = histograms.path(p.getKey());
			List<Integer> counts = h.path("counts").valueStream().map(JsonNode::asInt).toList();
			parties.put(p.getKey(), new UncertaintyResult.PartyStatistics(statistics(p.getValue().path("net")),
					statistics(p.getValue().path("netAfterSettlement")), new UncertaintyResult.Histogram(
							h.path("from").asDouble(), h.path("to").asDouble(), counts.isEmpty() ? List.of(0) : counts)));
		}
		Map<String, Double> conditions = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> a : result.path("arrangements").properties()) {
			conditions.put(a.getKey(), a.getValue().path("conditionProbability").asDouble());
		}
		List<UncertaintyResult.TornadoBar> tornado = new ArrayList<>();
		for (JsonNode b : result.path("tornado")) {
			Map<String, UncertaintyResult.Span> spans = new LinkedHashMap<>();
			b.path("parties").properties().forEach(e -> spans.put(e.getKey(), span(e.getValue())));
			tornado.add(new UncertaintyResult.TornadoBar(b.path("target").asString(), b.path("low").asDouble(),
					b.path("high").asDouble(), span(b.path("total")), spans));
		}
		List<UncertaintyResult.SwitchingValue> switching = new ArrayList<>();
		for (JsonNode v : result.path("switching")) {
			switching.add(new UncertaintyResult.SwitchingValue(v.path("party").asString(), v.path("target").asString(),
					v.path("value").isNumber() ? OptionalDouble.of(v.path("value").asDouble()) : OptionalDouble.empty()));
		}
		return new UncertaintyResult(result.path("iterations").asInt(), parties,
				statistics(result.path("total").path("net")), conditions, tornado, switching);
	}

	private static Statistics statistics(JsonNode s) {
		return new Statistics(s.path("mean").asDouble(), s.path("sd").asDouble(), s.path("p5").asDouble(),
				s.path("p50").asDouble(), s.path("p95").asDouble(), s.path("probabilityNegative").asDouble());
	}

	private static UncertaintyResult.Span span(JsonNode s) {
		return new UncertaintyResult.Span(s.path("low").asDouble(), s.path("high").asDouble());
	}

	private static void uncertainty(ObjectNode o, UncertaintyResult u) {
		o.put("iterations", u.iterations());
		ObjectNode parties = o.putObject("parties");
		u.parties().forEach((party, s) -> {
			ObjectNode p = parties.putObject(party);
			statistics(p.putObject("net"), s.net());
			statistics(p.putObject("netAfterSettlement"), s.netAfterSettlement());
		});
		statistics(o.putObject("total").putObject("net"), u.total());
		ObjectNode arrangements = o.putObject("arrangements");
		u.conditionProbability().forEach((id, probability) -> arrangements.putObject(id)
				.put("conditionProbability", probability));
		ArrayNode tornado = o.putArray("tornado");
		for (UncertaintyResult.TornadoBar bar : u.tornado()) {
			ObjectNode b = tornado.addObject();
			b.put("target", bar.target());
			b.put("low", bar.low());
			b.put("high", bar.high());
			span(b.putObject("total"), bar.total());
			ObjectNode barParties = b.putObject("parties");
			bar.parties().forEach((party, span) -> span(barParties.putObject(party), span));
		}
		ArrayNode switching = o.putArray("switching");
		for (UncertaintyResult.SwitchingValue value : u.switching()) {
			ObjectNode s = switching.addObject();
			s.put("party", value.party());
			s.put("target", value.target());
			if (value.value().isPresent()) {
				s.put("value", value.value().getAsDouble());
			} else {
				s.putNull("value");
			}
		}
	}

	private static void statistics(ObjectNode o, Statistics s) {
		o.put("mean", s.mean());
		o.put("sd", s.sd());
		o.put("p5", s.p5());
		o.put("p50", s.p50());
		o.put("p95", s.p95());
		o.put("probabilityNegative", s.probabilityNegative());
	}

	private static void span(ObjectNode o, UncertaintyResult.Span span) {
		o.put("low", span.low());
		o.put("high", span.high());
	}

	/** Warnings in the result are in English, as calculation.md shows them; the app renders its own. */
	private static String warning(Notice notice) {
		return notice.line(Locale.ENGLISH);
	}

	private static void money(ObjectNode o, Flows f) {
		o.put("itemCosts", f.itemCosts());
		o.put("itemBenefits", f.itemBenefits());
		o.put("revenueChange", f.revenueChange());
		o.put("operatingCostChange", f.operatingCostChange());
		o.put("expenseChange", f.expenseChange());
		o.put("arrangementTransfers", f.arrangementTransfers());
		o.put("net", f.net());
		o.put("capacity", f.capacity());
		o.put("societal", f.societal());
		o.put("hoursChange", f.hoursChange());
	}

	private static void total(ObjectNode o, Flows f) {
		money(o, f);
		o.put("incidentalCosts", f.incidentalCosts());
		o.put("structuralCosts", f.structuralCosts());
	}

	private static void pv(ObjectNode o, PresentValue pv) {
		o.put("net", pv.net());
		o.put("capacity", pv.capacity());
		o.put("societal", pv.societal());
	}

	private static void steadyState(ObjectNode o, SteadyState s) {
		side(o.putObject("current"), s.current());
		ObjectNode future = o.putObject("future");
		side(future, s.future());
		future.put("structuralItemCosts", s.structuralItemCosts());
		future.put("structuralItemBenefits", s.structuralItemBenefits());
	}

	private static void side(ObjectNode o, SteadyState.Side side) {
		o.put("expense", side.expense());
		o.put("revenue", side.revenue());
		o.put("operatingCost", side.operatingCost());
		o.put("hours", side.hours());
	}

	private static void settlement(ObjectNode o, SettlementResult s) {
		o.put("method", s.method().name());
		o.put("basis", s.basis().name());
		o.put("perYear", s.perYear());
		o.put("includeCapacity", s.includeCapacity());
		ObjectNode transfers = o.putObject("transfers");
		s.transfers().forEach(transfers::put);
		ArrayNode payments = o.putArray("payments");
		for (Payment payment : s.payments()) {
			ObjectNode p = payments.addObject();
			p.put("from", payment.from());
			p.put("to", payment.to());
			p.put("amount", payment.euros());
		}
		ObjectNode core = o.putObject("core");
		CoreCheck check = s.core();
		core.put("checked", check.checked());
		if (!check.checked()) {
			core.putNull("stable");
			core.putNull("coalition");
			core.putNull("shortfall");
			return;
		}
		core.put("stable", check.stable());
		if (check.stable()) {
			core.putNull("coalition");
		} else {
			ArrayNode coalition = core.putArray("coalition");
			check.coalition().forEach(coalition::add);
		}
		core.put("shortfall", check.shortfall());
	}
}
