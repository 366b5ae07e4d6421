package nl.ontschot.engine.formula;

import java.util.function.ToIntFunction;

/** Turns a parsed formula into nodes bound to slots, folding the parts whose value is the same every year. */
final class Compiler {

	private static final double[] NO_VALUES = new double[0];

	private final ToIntFunction<String> slotOf;

	private Compiler(ToIntFunction<String> slotOf) {
		this.slotOf = slotOf;
	}

	static Compiled compile(Expr root, ToIntFunction<String> slotOf) {
		Node node = new Compiler(slotOf).node(root);
		return (values, t, year) -> {
			// only the final result is checked: "not finite or beyond 1e12" is about the field's value
			double result = node.eval(values, t, year);
			if (!Double.isFinite(result)) {
				throw new FormulaException("error.formula.notFinite");
			}
			// -0.0 would show as "-0"
			return result + 0.0;
		};
	}

	private Node node(Expr expr) {
		if (expr instanceof Expr.Num num) {
			return new Node.Const(num.value());
		}
		if (expr instanceof Expr.Name name) {
			int slot = slotOf.applyAsInt(name.name());
			if (slot < 0) {
				throw new FormulaException("error.formula.unknownName", name.name());
			}
			return new Node.Slot(slot);
		}
		if (expr == Expr.Builtin.T) {
			return new Node.YearIndex();
		}
		if (expr == Expr.Builtin.YEAR) {
			return new Node.Year();
		}
		if (expr instanceof Expr.Neg neg) {
			return fold(new Node.Neg(node(neg.operand())));
		}
		if (expr instanceof Expr.Binary binary) {
			return fold(new Node.Binary(binary.op(), node(binary.left()), node(binary.right())));
		}
		Expr.Call call = (Expr.Call) expr;
		Node[] args = new Node[call.args().size()];
		for (int i = 0; i < args.length; i++) {
			args[i] = node(call.args().get(i));
		}
		return switch (call.function()) {
		case "min" -> fold(new Node.Min(args));
		case "max" -> fold(new Node.Max(args));
		case "round" -> fold(new Node.Round(args[0], args.length == 2 ? args[1] : new Node.Const(0)));
		default -> ifNode(args[0], args[1], args[2]);
		};
	}

	/** With a condition known in advance, the branch not taken is never evaluated, so it can go. */
	private static Node ifNode(Node condition, Node then, Node otherwise) {
		if (condition instanceof Node.Const c) {
			return c.value != 0 ? then : otherwise;
		}
		return new Node.If(condition, then, otherwise);
	}

	/**
	 * A node whose inputs are all constants becomes a constant. If evaluating it fails (a division by zero in
	 * {@code =if(a > 0, 1/0, 2)}) it stays, so the error comes only when and where it is reached.
	 */
	private static Node fold(Node node) {
		if (!node.constant()) {
			return node;
		}
		try {
			return new Node.Const(node.eval(NO_VALUES, 0, 0));
		} catch (FormulaException e) {
			return node;
		}
	}
}
