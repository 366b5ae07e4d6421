package nl.ontschot.engine.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import nl.ontschot.engine.calculation.Evaluation;
import nl.ontschot.engine.calculation.PreparedCase;
import nl.ontschot.engine.model.SettlementMethod;
import nl.ontschot.engine.result.CalculationResult;
import nl.ontschot.engine.result.CoreCheck;
import nl.ontschot.engine.result.PartyResult;

/**
 * Every settlement method side by side, the chosen one first: per party its net after settlement with that
 * method in the settlement's basis (a {@link SideBySide} whose column ids are the methods), and per method
 * whether the core check finds its outcome stable. Each column is the parties' net as the report's matrix
 * shows it plus what the method moves between them, broken down from 0 ({@link Breakdown}): so every column
 * adds up to the same total, and the chosen one is the matrix's net after settlement. Built apart from
 * {@link Report}: it evaluates the case once more per method, which only the settlement's pages need.
 */
public record MethodComparison(List<SettlementMethod> methods, SideBySide afterSettlement, List<Boolean> stable) {

	public MethodComparison {
		methods = List.copyOf(methods);
		stable = List.copyOf(stable);
	}

	/** The methods compared on a calculated case: the others evaluated again, without building a result. */
	public static MethodComparison of(PreparedCase prepared, CalculationResult result, Report report) {
		SettlementMethod chosen = prepared.source().settlement().method();
		List<SettlementMethod> order = new ArrayList<>(List.of(SettlementMethod.values()));
		order.remove(chosen);
		order.add(0, chosen);
		Evaluation evaluation = prepared.evaluation();
		List<SideBySide.Column> columns = new ArrayList<>();
		double[][] values = new double[order.size()][];
		double[] before = result.parties().stream().mapToDouble(p -> p.netAfterSettlement() - p.settlement())
				.toArray();
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
		List<SideBySide.Line> lines = new ArrayList<>();
		long[][] shown = new long[order.size()][];
		for (int m = 0; m < order.size(); m++) {
			double[] moved = new double[before.length];
			for (int i = 0; i < before.length; i++) {
				moved[i] = values[m][i] - before[i];
			}
			shown[m] = Breakdown.of(moved, 0, 0);
		}
		long[] totals = new long[order.size()];
		for (int i = 0; i < before.length; i++) {
			long net = report.matrix().rows().get(i).net();
			List<Long> cells = new ArrayList<>();
			List<Double> exact = new ArrayList<>();
			for (int m = 0; m < order.size(); m++) {
				cells.add(net + shown[m][i]);
				exact.add(values[m][i]);
				totals[m] += net + shown[m][i];
			}
			PartyResult p = result.parties().get(i);
			lines.add(new SideBySide.Line(p.id(), p.name(), cells, exact));
		}
		return new MethodComparison(order, new SideBySide(columns, lines, LongStream.of(totals).boxed().toList()),
				stable);
	}
}
