package nl.ontschot.engine.report;

import java.util.List;

/**
 * A party's net per financing domain, nominal and at present value, in whole euros (half away from zero);
 * each column's total is the sum of what it shows. Domains in which the party has nothing are left out.
 */
public record Domains(List<DomainRow> rows, long nominal, long presentValue) {

	public Domains {
		rows = List.copyOf(rows);
	}
}
