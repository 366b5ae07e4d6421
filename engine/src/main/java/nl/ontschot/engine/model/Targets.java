package nl.ontschot.engine.model;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import nl.ontschot.engine.Notice;

/**
 * Resolves the target of a scenario or an uncertainty input (calculation.md 6.6 and 6.10) against a case:
 * {@code discountRate}, {@code parameters.ID}, {@code targetGroups.ID.FIELD},
 * {@code activities.ID.current.FIELD}, {@code activities.ID.future.FIELD}, {@code activities.ID.capacityRelease},
 * {@code items.ID.amount|fte|costPerFte}, {@code arrangements.ID.FIELD}. An id may contain a dot: the longest
 * id that matches wins. A target must name a field that the line gives or that has a default.
 */
public final class Targets {

	private static final Set<String> GROUP_FIELDS = Set.of("population", "reachRate", "successRate");
	private static final Set<String> ACTIVITY_FIELDS = Set.of("current.volume", "current.tariff", "current.unitCost",
			"current.hoursPerUnit", "future.volume", "future.tariff", "future.unitCost", "future.hoursPerUnit",
			"capacityRelease");

	private Targets() {
	}

	/** The field a target names, or the reason it names none. */
	public static Target resolve(Case c, String target) {
		if (target.equals("discountRate")) {
			return new Target(Target.Kind.CASE, 0, "discountRate");
		}
		if (target.startsWith("parameters.")) {
			String id = target.substring("parameters.".length());
			int index = indexOf(c.parameters(), Parameter::id, id);
			if (index < 0) {
				throw refused("error.target.unknownParameter", id);
			}
			return new Target(Target.Kind.PARAMETER, index, "value");
		}
		if (target.startsWith("targetGroups.")) {
			return line(c.targetGroups(), TargetGroup::id, target.substring(13), Target.Kind.TARGET_GROUP,
					(g, field) -> GROUP_FIELDS.contains(field));
		}
		if (target.startsWith("activities.")) {
			return line(c.activities(), Activity::id, target.substring(11), Target.Kind.ACTIVITY,
					(a, field) -> ACTIVITY_FIELDS.contains(field));
		}
		if (target.startsWith("items.")) {
			return line(c.items(), Item::id, target.substring(6), Target.Kind.ITEM, Targets::itemGives);
		}
		if (target.startsWith("arrangements.")) {
			return line(c.arrangements(), Arrangement::id, target.substring(13), Target.Kind.ARRANGEMENT,
					Targets::arrangementGives);
		}
		throw refused("error.target.unknown");
	}

	private static boolean itemGives(Item item, String field) {
		return switch (field) {
			case "amount" -> item.amount().isPresent();
			case "fte" -> item.fte().isPresent();
			case "costPerFte" -> item.costPerFte().isPresent();
			default -> false;
		};
	}

	/** The numeric terms of an arrangement that it gives or that have a default (6.5). */
	static boolean arrangementGives(Arrangement a, String field) {
		if (a instanceof Arrangement.SharedSavings s) {
			return Set.of("sharingRate", "minimumSavingsRate", "lossSharingRate").contains(field)
					|| field.equals("cap") && s.cap().isPresent();
		}
		if (a instanceof Arrangement.FixedPayment) {
			return field.equals("price");
		}
		if (a instanceof Arrangement.OutcomePayment) {
			return field.equals("amount");
		}
		if (a instanceof Arrangement.ImpactBond b) {
			return b.mode() == BondMode.PRINCIPAL_PLUS_RETURN ? field.equals("returnRate")
					: Set.of("price", "maxReturnRate").contains(field);
		}
		if (a instanceof Arrangement.PooledBudget p) {
			return field.equals("budget") && p.budget().isPresent();
		}
		return false;
	}

	private interface Gives<T> {
		boolean test(T line, String field);
	}

	private static <T> Target line(List<T> lines, Function<T, String> id, String rest, Target.Kind kind,
			Gives<T> gives) {
		int best = -1;
		for (int i = 0; i < lines.size(); i++) {
			String candidate = id.apply(lines.get(i));
			if (rest.startsWith(candidate + ".") && (best < 0 || candidate.length() > id.apply(lines.get(best)).length())) {
				best = i;
			}
		}
		if (best < 0) {
			int dot = rest.indexOf('.');
			throw refused("error.target.unknownLine", dot < 0 ? rest : rest.substring(0, dot));
		}
		String field = rest.substring(id.apply(lines.get(best)).length() + 1);
		if (!gives.test(lines.get(best), field)) {
			throw refused("error.target.notAField", field);
		}
		return new Target(kind, best, field);
	}

	private static <T> int indexOf(List<T> list, Function<T, String> id, String wanted) {
		for (int i = 0; i < list.size(); i++) {
			if (id.apply(list.get(i)).equals(wanted)) {
				return i;
			}
		}
		return -1;
	}

	private static Refused refused(String key, Object... args) {
		return new Refused(Notice.of("", key, args));
	}

	/** A target that names no field of the case. */
	public static final class Refused extends RuntimeException {

		private final transient Notice notice;

		Refused(Notice notice) {
			super(notice.key(), null, false, false);
			this.notice = notice;
		}

		public Notice notice() {
			return notice;
		}
	}
}
