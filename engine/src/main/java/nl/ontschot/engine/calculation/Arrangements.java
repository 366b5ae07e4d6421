package nl.ontschot.engine.calculation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.ontschot.engine.model.Arrangement;
import nl.ontschot.engine.model.BondMode;
import nl.ontschot.engine.model.Condition;
import nl.ontschot.engine.model.Count;
import nl.ontschot.engine.model.PartyShare;
import nl.ontschot.engine.model.SurplusTo;

/**
 * The six financing arrangements of calculation.md 6.5, each computed on the case before arrangements (no
 * arrangement sees another one); their payments per party per year are added to arrangementTransfers
 * (receiving positive, domain "none"). Every arrangement moves money between parties of the case only.
 */
final class Arrangements {

	private final Evaluation e;
	private final PreparedCase p;
	private final int years;
	/** Per arrangement its references as indices, resolved once for every evaluation. */
	private final Resolved[] resolved;
	/** An impact bond's financed costs c(t) per year, reused from one evaluation to the next. */
	private final double[] financedCosts;

	/**
	 * An arrangement's references resolved: its paying (or holding, investing) party, its scope activities,
	 * financed items and beneficiaries, the group it counts, the row its condition compares, and the slot and
	 * party of each share of its list (recipients, outcomePayers or contributors).
	 */
	private static final class Resolved {
		int party = -1;
		int[] scope = new int[0];
		/** SHARED_SAVINGS and FIXED_PAYMENT, per scope activity: the payer's part of it, for this run (6.3). */
		double[] payerParts = new double[0];
		int[] financed = new int[0];
		int[] beneficiaries = new int[0];
		int group;
		int compared = -1;
		int[] shareSlots = new int[0];
		int[] shareParties = new int[0];
	}

	Arrangements(Evaluation e) {
		this.e = e;
		this.p = e.p;
		this.years = e.years;
		List<Arrangement> arrangements = p.c.arrangements();
		resolved = new Resolved[arrangements.size()];
		financedCosts = new double[years];
		for (int a = 0; a < resolved.length; a++) {
			resolved[a] = resolve(arrangements.get(a), p.arrangementSlots.get(a));
		}
	}

	private Resolved resolve(Arrangement arrangement, Map<String, Integer> terms) {
		Resolved r = new Resolved();
		List<PartyShare> shares = List.of();
		List<String> scope = List.of();
		List<String> financed = List.of();
		Optional<String> group = Optional.empty();
		String list = "";
		if (arrangement instanceof Arrangement.SharedSavings s) {
			r.party = p.partyIndex.get(s.payer());
			shares = s.recipients();
			list = "recipients";
			scope = s.scope();
		} else if (arrangement instanceof Arrangement.FixedPayment f) {
			r.party = p.partyIndex.get(f.payer());
			shares = f.recipients();
			list = "recipients";
			scope = f.scope();
			group = f.group();
		} else if (arrangement instanceof Arrangement.OutcomePayment o) {
			r.party = p.partyIndex.get(o.payer());
			shares = o.recipients();
			list = "recipients";
			group = o.group();
		} else if (arrangement instanceof Arrangement.ImpactBond b) {
			r.party = p.partyIndex.get(b.investor());
			shares = b.outcomePayers();
			list = "outcomePayers";
			financed = b.financed();
			group = b.group();
		} else if (arrangement instanceof Arrangement.RevolvingFund f) {
			r.party = p.partyIndex.get(f.fundHolder());
			financed = f.financed();
			r.beneficiaries = f.beneficiaries().stream().mapToInt(p.partyIndex::get).toArray();
		} else if (arrangement instanceof Arrangement.PooledBudget b) {
			r.party = p.partyIndex.get(b.holder());
			shares = b.contributors();
			list = "contributors";
			scope = b.scope();
		}
		r.scope = scope.stream().mapToInt(p.activityIndex::get).toArray();
		if (arrangement instanceof Arrangement.SharedSavings || arrangement instanceof Arrangement.FixedPayment) {
			r.payerParts = new double[r.scope.length];
		}
		r.financed = financed.stream().mapToInt(p.itemIndex::get).toArray();
		r.group = group.map(p.groupIndex::get).orElse(0);
		r.shareSlots = new int[shares.size()];
		r.shareParties = new int[shares.size()];
		for (int j = 0; j < shares.size(); j++) {
			r.shareSlots[j] = terms.get(list + "[" + j + "]");
			r.shareParties[j] = p.partyIndex.get(shares.get(j).party());
		}
		arrangement.condition().ifPresent(condition -> r.compared = condition instanceof Condition.ParameterAtLeast c
				? p.parameterIds.indexOf(c.parameter())
				: p.groupSlots[p.groupIndex.get(((Condition.SuccessRateAtLeast) condition).group())][2]);
		return r;
	}

	/** Marks the activities whose per-line figures an arrangement reads (its scope) and the items (financed). */
	void reads(boolean[] activities, boolean[] items) {
		for (Resolved r : resolved) {
			for (int a : r.scope) {
				activities[a] = true;
			}
			for (int i : r.financed) {
				items[i] = true;
			}
		}
	}

	void apply() {
		List<Arrangement> arrangements = p.c.arrangements();
		for (int a = 0; a < arrangements.size(); a++) {
			double[] transfers = e.arrangementTransfers[a];
			Arrays.fill(transfers, 0);
			Arrangement arrangement = arrangements.get(a);
			Map<String, Integer> terms = p.arrangementSlots.get(a);
			Resolved r = resolved[a];
			e.hasCondition[a] = arrangement.condition().isPresent();
			for (int k = 0; k < r.payerParts.length; k++) {
				r.payerParts[k] = payerPart(r.scope[k], r.party);
			}
			if (arrangement instanceof Arrangement.SharedSavings s) {
				sharedSavings(s, r, terms, transfers);
			} else if (arrangement instanceof Arrangement.FixedPayment f) {
				fixedPayment(f, r, terms, transfers);
			} else if (arrangement instanceof Arrangement.OutcomePayment o) {
				e.conditionMet[a] = outcomePayment(o, r, terms, transfers);
			} else if (arrangement instanceof Arrangement.ImpactBond b) {
				e.conditionMet[a] = impactBond(b, r, terms, transfers);
			} else if (arrangement instanceof Arrangement.RevolvingFund f) {
				revolvingFund(f, r, transfers);
			} else if (arrangement instanceof Arrangement.PooledBudget b) {
				pooledBudget(b, r, terms, transfers);
			}
			for (int i = 0; i < e.parties; i++) {
				for (int t = 0; t < years; t++) {
					double v = transfers[i * years + t];
					if (v != 0) {
						e.ledger.add(i, t, Ledger.ARRANGEMENT, v);
						e.domainNet[e.domainAt(-1, i, t)] += v;
					}
				}
			}
		}
	}

	/**
	 * SHARED_SAVINGS: baseline B(t) = Σ_scope payer's part of m(t) × c.volume(t) × c.tariff(t); savings s(t) =
	 * −Σ_scope payer's part of dE(t). If s > 0 and s >= minimumSavingsRate × B: p = sharingRate × s; else if
	 * twoSided and s < 0 and −s >= minimumSavingsRate × B: p = −lossSharingRate × (−s); else p = 0. With cap,
	 * p is clipped to [−cap × B, cap × B]. The payer pays p to the recipients.
	 */
	private void sharedSavings(Arrangement.SharedSavings s, Resolved r, Map<String, Integer> terms,
			double[] transfers) {
		for (int t = s.fromYear(); t <= s.toYear(); t++) {
			double baseline = 0;
			double savings = 0;
			for (int k = 0; k < r.scope.length; k++) {
				int a = r.scope[k];
				double part = r.payerParts[k];
				baseline += part * e.activityBaseline[a * years + t];
				savings -= part * e.activityExpenseChange[a * years + t];
			}
			double minimum = value(terms, "minimumSavingsRate", t) * baseline;
			double payment = 0;
			if (savings > 0 && savings >= minimum) {
				payment = value(terms, "sharingRate", t) * savings;
			} else if (s.twoSided() && savings < 0 && -savings >= minimum) {
				payment = -value(terms, "lossSharingRate", t) * -savings;
			}
			if (s.cap().isPresent()) {
				double cap = value(terms, "cap", t) * baseline;
				payment = Math.max(-cap, Math.min(cap, payment));
			}
			pay(transfers, r.party, r, t, payment);
		}
	}

	/**
	 * FIXED_PAYMENT: FFS(t) = Σ_scope payer's part of (m(t) × c.volume(t) × c.tariff(t) + dE(t)), what the payer
	 * would pay per activity; p = price × count(t) − FFS(t), paid by the payer to the recipients.
	 */
	private void fixedPayment(Arrangement.FixedPayment f, Resolved r, Map<String, Integer> terms,
			double[] transfers) {
		for (int t = f.fromYear(); t <= f.toYear(); t++) {
			double feeForService = 0;
			for (int k = 0; k < r.scope.length; k++) {
				int a = r.scope[k];
				feeForService += r.payerParts[k]
						* (e.activityBaseline[a * years + t] + e.activityExpenseChange[a * years + t]);
			}
			double payment = value(terms, "price", t) * count(f.per(), r.group, t) - feeForService;
			pay(transfers, r.party, r, t, payment);
		}
	}

	/**
	 * OUTCOME_PAYMENT: in each active year p = amount × count(t) if the condition holds in that year (or there
	 * is none), else 0. Its condition is met when it held in every active year.
	 */
	private boolean outcomePayment(Arrangement.OutcomePayment o, Resolved r, Map<String, Integer> terms,
			double[] transfers) {
		boolean always = true;
		for (int t = o.fromYear(); t <= o.toYear(); t++) {
			boolean holds = holds(r, terms, t);
			always &= holds;
			if (holds) {
				double payment = value(terms, "amount", t) * count(o.per(), r.group, t);
				pay(transfers, r.party, r, t, payment);
			}
		}
		return always;
	}

	/**
	 * IMPACT_BOND: in each active year the investor pays the financed costs (per bearer, after allocation) to
	 * their bearers; c(t) their sum, K = Σ_t c(t). PRINCIPAL_PLUS_RETURN: if the condition holds in the
	 * repaymentYear Y (or there is none), in year Y the outcome payers pay the investor Σ_t c(t) × (1 +
	 * returnRate)^max(0, Y − t), by share. PER_OUTCOME: in each active year the outcome payers pay price × S(t)
	 * × f(t), by share, until their payments reach K × (1 + maxReturnRate). Returns whether the condition held.
	 */
	private boolean impactBond(Arrangement.ImpactBond b, Resolved r, Map<String, Integer> terms,
			double[] transfers) {
		int investor = r.party;
		double[] financed = financedCosts;
		Arrays.fill(financed, 0);
		for (int t = b.fromYear(); t <= b.toYear(); t++) {
			financed[t] = payFinancedCosts(r.financed, investor, t, transfers);
		}
		double principal = 0;
		for (double c : financed) {
			principal += c;
		}
		if (b.mode() == BondMode.PRINCIPAL_PLUS_RETURN) {
			int repayment = b.repaymentYear();
			boolean holds = holds(r, terms, repayment);
			if (holds) {
				double rate = once(terms, "returnRate");
				double due = 0;
				for (int t = 0; t < years; t++) {
					due += financed[t] * Math.pow(1 + rate, Math.max(0, repayment - t));
				}
				collect(transfers, investor, r, repayment, due);
			}
			return holds;
		}
		double limit = principal * (1 + once(terms, "maxReturnRate"));
		double price = once(terms, "price");
		double paid = 0;
		for (int t = b.fromYear(); t <= b.toYear() && paid < limit; t++) {
			// a year without outcomes (S(t) × f(t) = 0, as before a STEP curve's effect) pays nothing, and the
			// payments go on in the years after it until they reach the limit
			double due = Math.min(price * count(Count.SUCCESS, r.group, t), limit - paid);
			if (due <= 0) {
				continue;
			}
			collect(transfers, investor, r, t, due);
			paid += due;
		}
		return true;
	}

	/**
	 * REVOLVING_FUND: in each active year the fund holder pays the financed costs C(t) to their bearers; each
	 * beneficiary b refunds C(t) × g_b / Σ g with g_b = max(0, net_b(t) before arrangements), at most g_b when
	 * capAtSavings. What is not refunded stays with the fund holder.
	 */
	private void revolvingFund(Arrangement.RevolvingFund f, Resolved r, double[] transfers) {
		int holder = r.party;
		int[] beneficiaries = r.beneficiaries;
		for (int t = f.fromYear(); t <= f.toYear(); t++) {
			double costs = payFinancedCosts(r.financed, holder, t, transfers);
			double sum = 0;
			for (int b : beneficiaries) {
				sum += Math.max(0, e.netBeforeArrangements[b * years + t]);
			}
			if (sum <= 0) {
				continue;
			}
			for (int b : beneficiaries) {
				double gain = Math.max(0, e.netBeforeArrangements[b * years + t]);
				double refund = costs * gain / sum;
				if (f.capAtSavings()) {
					refund = Math.min(refund, gain);
				}
				transfers[b * years + t] -= refund;
				transfers[holder * years + t] += refund;
			}
		}
	}

	/**
	 * POOLED_BUDGET: the scope activities are paid from one pool. Each financier is refunded its part of m(t)
	 * × c.volume(t) × c.tariff(t) + dE(t); FE(t) is the sum. The contributors pay B(t) (the budget, or FE(t)
	 * without one) into the pool by share; B(t) − FE(t) goes to the holder or back to the contributors.
	 */
	private void pooledBudget(Arrangement.PooledBudget b, Resolved r, Map<String, Integer> terms,
			double[] transfers) {
		int holder = r.party;
		for (int t = b.fromYear(); t <= b.toYear(); t++) {
			double refunds = 0;
			for (int a : r.scope) {
				Lines.ActivityLine line = p.activities.get(a);
				double paid = e.activityBaseline[a * years + t] + e.activityExpenseChange[a * years + t];
				for (int f = 0; f < line.financiers().length; f++) {
					double refund = e.financierShare(line, f) * paid;
					transfers[line.financiers()[f] * years + t] += refund;
					refunds += refund;
				}
			}
			transfers[holder * years + t] -= refunds;
			double budget = b.budget().isPresent() ? value(terms, "budget", t) : refunds;
			collect(transfers, holder, r, t, budget);
			if (b.surplus() == SurplusTo.CONTRIBUTORS) {
				pay(transfers, holder, r, t, budget - refunds);
			}
		}
	}

	/** Pays the financed CASH COST items of year t to their bearers (after allocation); returns their sum c(t). */
	private double payFinancedCosts(int[] financed, int payer, int t, double[] transfers) {
		double total = 0;
		for (int i : financed) {
			Lines.ItemLine item = p.items[i];
			if (item == null) {
				continue;
			}
			double cost = e.itemValue[i * years + t];
			if (cost == 0) {
				continue;
			}
			if (item.shared()) {
				int[] members = p.keys.get(item.key()).parties();
				for (int j = 0; j < members.length; j++) {
					transfers[members[j] * years + t] += cost * e.keyShares[item.key()][j];
				}
			} else {
				transfers[item.party() * years + t] += cost;
			}
			transfers[payer * years + t] -= cost;
			total += cost;
		}
		return total;
	}

	/** The payer's part of an activity: its financier share (1 for a single financier), 6.3. */
	private double payerPart(int a, int party) {
		Lines.ActivityLine line = p.activities.get(a);
		for (int f = 0; f < line.financiers().length; f++) {
			if (line.financiers()[f] == party) {
				return e.financierShare(line, f);
			}
		}
		return 0;
	}

	/** count(t): PARTICIPANT is P(t) of the group, SUCCESS is S(t) × f(t), YEAR is 1 (6.10). */
	private double count(Count per, int g, int t) {
		if (per == Count.YEAR) {
			return 1;
		}
		return per == Count.PARTICIPANT ? e.participants[g * years + t] : e.successes[g * years + t] * p.effect[t];
	}

	/** Whether a condition holds in year t: a key figure's or a group's success rate, at least its threshold. */
	private boolean holds(Resolved r, Map<String, Integer> terms, int t) {
		return r.compared < 0 || e.rows[r.compared][t] >= value(terms, "condition", t);
	}

	private double value(Map<String, Integer> terms, String term, int t) {
		return e.rows[terms.get(term)][t];
	}

	/** A term used once for the whole case: the plan's value in year 0 (6.2). */
	private double once(Map<String, Integer> terms, String term) {
		return e.plan[terms.get(term)][0];
	}

	/** The payer pays {@code amount} to the parties of the arrangement's list by their shares in year t (normalised). */
	private void pay(double[] transfers, int payer, Resolved r, int t, double amount) {
		if (amount == 0) {
			return;
		}
		double sum = 0;
		for (int slot : r.shareSlots) {
			sum += e.rows[slot][t];
		}
		for (int j = 0; j < r.shareSlots.length; j++) {
			double share = e.rows[r.shareSlots[j]][t] / sum;
			transfers[r.shareParties[j] * years + t] += amount * share;
		}
		transfers[payer * years + t] -= amount;
	}

	/** The parties of the arrangement's list pay {@code amount} to the receiver by their shares in year t. */
	private void collect(double[] transfers, int receiver, Resolved r, int t, double amount) {
		pay(transfers, receiver, r, t, -amount);
	}
}
