package nl.ontschot.engine.report;

import java.util.ArrayList;
import java.util.List;

import nl.ontschot.engine.calculation.Evaluation;
import nl.ontschot.engine.calculation.PreparedCase;
import nl.ontschot.engine.model.SettlementMethod;
import nl.ontschot.engine.result.CalculationResult;
import nl.ontschot.engine.result.CoreCheck;
import nl.ontschot.engine.result.PartyResult;

/**
 * Every settlement method side by side, the chosen one first: per party its net after settlement with that
 * method in the settlement's basis, in whole euros each and every column adding up (a {@link SideBySide} whose
 * column ids are the methods), and per method whether the core check finds its outcome stable. Built apart from
 * {@link Report}: it evaluates the case once more per method, which only the settlement's pages need.
 */
public record MethodComparison(List<SettlementMethod> methods, SideBySide afterSettlement, List<Boolean> stable) {

	public MethodComparison {
		methods = List.copyOf(methods);
		stable = List.copyOf(stable);
	}

	/** The methods compared on a calculated case: the others evaluated again, without building a result. */
	public static MethodComparison of(PreparedCase prepared, CalculationResult result) {
		SettlementMethod chosen = prepared.source().settlement().method();
		List<SettlementMethod> order = new ArrayList<>(List.of(SettlementMethod.values()));
		order.remove(chosen);
		order.add(0, chosen);
		Evaluation evaluation = prepared.evaluation();
		List<SideBySide.Column> columns = new ArrayList<>();
		double[][] values = new double[order.size()][];
		List<Boolean> stable = new ArrayList<>();
		for (int m = 0; m < order.size(); m++) {
			SettlementMethod method = order.get(m);
			columns.add(new SideBySide.Column(SideBySide.Kind.METHOD, method.name(), method.name()));
			CoreCheck core;
			if (method == chosen) {
				values[m] = result.parties().stream().mapToDouble(PartyResult::netAfterSettlement).toArray();
				core = result.settlement().core();
			} else {
				evaluation.run(prepared.withMethod(method), true);
				values[m] = evaluation.netAfterSettlement().clone();
				core = evaluation.coreCheck();
			}
			stable.add(core.checked() && core.stable());
		}
		return new MethodComparison(order, SideBySide.of(columns, result.parties().stream().map(PartyResult::id)
				.toList(), result.parties().stream().map(PartyResult::name).toList(), values), stable);
	}
}
