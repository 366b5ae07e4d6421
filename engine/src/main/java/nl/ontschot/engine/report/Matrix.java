package nl.ontschot.engine.report;

import java.util.List;
import java.util.Optional;

import nl.ontschot.engine.model.Domain;
import nl.ontschot.engine.model.ValueBasis;

/**
 * The parties at a glance, in the settlement's basis (present value or nominal, over the whole horizon): per
 * party its net, released capacity, net after settlement and net per financing domain, in whole euros (half
 * away from zero). Every column's total is the sum of what it shows, so a party's figure here is the one its
 * own tables show.
 */
public record Matrix(ValueBasis basis, List<Optional<Domain>> domains, List<MatrixRow> rows, MatrixRow total) {

	public Matrix {
		domains = List.copyOf(domains);
		rows = List.copyOf(rows);
	}

	/** One party (or the total): net, capacity, after settlement, and the net per domain of {@link #domains}. */
	public record MatrixRow(String party, long net, long capacity, long afterSettlement, List<Long> domains) {

		public MatrixRow {
			domains = List.copyOf(domains);
		}
	}
}
