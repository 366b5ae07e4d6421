package nl.ontschot.engine.calculation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import nl.ontschot.engine.result.Payment;

/** Turns settlement transfers into a short list of payments that realise them to the cent. */
final class Payments {

	private Payments() {
	}

	/**
	 * Rounds every transfer to cents, puts the rounding remainder on the party with the largest transfer,
	 * then matches payers and receivers from largest to smallest (ties in party order).
	 */
	static List<Payment> of(List<String> parties, double[] transfers) {
		int n = transfers.length;
		long[] cents = new long[n];
		long sum = 0;
		int largest = 0;
		for (int i = 0; i < n; i++) {
			cents[i] = Math.round(transfers[i] * 100);
			sum += cents[i];
			if (Math.abs(transfers[i]) > Math.abs(transfers[largest])) {
				largest = i;
			}
		}
		if (n > 0) {
			cents[largest] -= sum;
		}
		long[] left = cents.clone();
		Comparator<Integer> bySize = Comparator.comparingLong(i -> -Math.abs(cents[i]));
		List<Integer> payers = IntStream.range(0, n).filter(i -> cents[i] < 0).boxed().sorted(bySize).toList();
		List<Integer> receivers = IntStream.range(0, n).filter(i -> cents[i] > 0).boxed().sorted(bySize).toList();
		List<Payment> payments = new ArrayList<>();
		int p = 0;
		int r = 0;
		while (p < payers.size() && r < receivers.size()) {
			int payer = payers.get(p);
			int receiver = receivers.get(r);
			long amount = Math.min(-left[payer], left[receiver]);
			payments.add(new Payment(parties.get(payer), parties.get(receiver), amount));
			left[payer] += amount;
			left[receiver] -= amount;
			if (left[payer] == 0) {
				p++;
			}
			if (left[receiver] == 0) {
				r++;
			}
		}
		return payments;
	}
}
