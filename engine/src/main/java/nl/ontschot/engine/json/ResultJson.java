package nl.ontschot.engine.json;

import java.util.Locale;

import nl.ontschot.engine.Notice;
import nl.ontschot.engine.result.CalculationResult;
import nl.ontschot.engine.result.CoreCheck;
import nl.ontschot.engine.result.Flows;
import nl.ontschot.engine.result.PartyResult;
import nl.ontschot.engine.result.PartyYear;
import nl.ontschot.engine.result.Payment;
import nl.ontschot.engine.result.PresentValue;
import nl.ontschot.engine.result.SettlementResult;
import nl.ontschot.engine.result.SteadyState;
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
		root.put("schemaVersion", CalculationResult.SCHEMA_VERSION);
		root.put("case", result.caseName());
		ArrayNode years = root.putArray("years");
		result.years().forEach(years::add);
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
		}
		total(root.putObject("total"), result.total());
		pv(root.putObject("pv"), result.pv());
		settlement(root.putObject("settlement"), result.settlement());
		ArrayNode warnings = root.putArray("warnings");
		result.warnings().forEach(w -> warnings.add(warning(w)));
		return root;
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
