package nl.ontschot.engine.model;

import java.util.List;
import java.util.Optional;

/**
 * A financing arrangement (financieringsafspraak, calculation.md 6.5): money that moves between parties of the
 * case by an agreed rule, active in year indices {@code fromYear..toYear}. Each type is one record; the rule
 * itself lives in {@code nl.ontschot.engine.calculation.Arrangements}.
 */
public sealed interface Arrangement {

	String id();

	String name();

	int fromYear();

	int toYear();

	ArrangementType type();

	default boolean activeIn(int t) {
		return fromYear() <= t && t <= toYear();
	}

	/** The arrangement's condition, for the types that may have one. */
	default Optional<Condition> condition() {
		return Optional.empty();
	}

	/** An insurer shares its savings on the scope activities with the recipients (and, two-sided, the losses). */
	record SharedSavings(String id, String name, int fromYear, int toYear, String payer, List<PartyShare> recipients,
			List<String> scope, Quantity sharingRate, Quantity minimumSavingsRate, Optional<Quantity> cap,
			boolean twoSided, Quantity lossSharingRate) implements Arrangement {

		public SharedSavings {
			recipients = List.copyOf(recipients);
			scope = List.copyOf(scope);
		}

		@Override
		public ArrangementType type() {
			return ArrangementType.SHARED_SAVINGS;
		}
	}

	/** Bundled payment, capitation or lump sum: a price per count instead of fee for service. */
	record FixedPayment(String id, String name, int fromYear, int toYear, String payer, List<PartyShare> recipients,
			List<String> scope, Quantity price, Count per, Optional<String> group) implements Arrangement {

		public FixedPayment {
			recipients = List.copyOf(recipients);
			scope = List.copyOf(scope);
		}

		@Override
		public ArrangementType type() {
			return ArrangementType.FIXED_PAYMENT;
		}
	}

	/** Pay for performance, a normbedrag per client, central compensation. */
	record OutcomePayment(String id, String name, int fromYear, int toYear, String payer,
			List<PartyShare> recipients, Quantity amount, Count per, Optional<String> group,
			Optional<Condition> condition) implements Arrangement {

		public OutcomePayment {
			recipients = List.copyOf(recipients);
		}

		@Override
		public ArrangementType type() {
			return ArrangementType.OUTCOME_PAYMENT;
		}
	}

	/**
	 * An investor pays the financed costs; the outcome payers repay it with a return (PRINCIPAL_PLUS_RETURN,
	 * {@code returnRate}, {@code repaymentYear}, optional condition) or per outcome (PER_OUTCOME, {@code price}
	 * per success, up to {@code maxReturnRate}).
	 */
	record ImpactBond(String id, String name, int fromYear, int toYear, String investor, List<String> financed,
			List<PartyShare> outcomePayers, BondMode mode, Quantity returnRate, int repaymentYear,
			Optional<Condition> condition, Quantity price, Optional<String> group, Quantity maxReturnRate)
			implements Arrangement {

		public ImpactBond {
			financed = List.copyOf(financed);
			outcomePayers = List.copyOf(outcomePayers);
		}

		@Override
		public ArrangementType type() {
			return ArrangementType.IMPACT_BOND;
		}
	}

	/** A fund pays the financed costs; the beneficiaries refund it out of what they gain. */
	record RevolvingFund(String id, String name, int fromYear, int toYear, String fundHolder, List<String> financed,
			List<String> beneficiaries, boolean capAtSavings) implements Arrangement {

		public RevolvingFund {
			financed = List.copyOf(financed);
			beneficiaries = List.copyOf(beneficiaries);
		}

		@Override
		public ArrangementType type() {
			return ArrangementType.REVOLVING_FUND;
		}
	}

	/** Ontschot budget, integraal budget, kassier: the scope activities are paid from one pool. */
	record PooledBudget(String id, String name, int fromYear, int toYear, String holder,
			List<PartyShare> contributors, List<String> scope, Optional<Quantity> budget, SurplusTo surplus)
			implements Arrangement {

		public PooledBudget {
			contributors = List.copyOf(contributors);
			scope = List.copyOf(scope);
		}

		@Override
		public ArrangementType type() {
			return ArrangementType.POOLED_BUDGET;
		}
	}
}
