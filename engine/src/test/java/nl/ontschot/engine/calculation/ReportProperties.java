package nl.ontschot.engine.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.ontschot.engine.model.Case;
import nl.ontschot.engine.model.Domain;
import nl.ontschot.engine.model.ValueBasis;
import nl.ontschot.engine.result.ArrangementResult;
import nl.ontschot.engine.result.CalculationResult;
import nl.ontschot.engine.result.PartyResult;
import nl.ontschot.engine.report.ArrangementReport;
import nl.ontschot.engine.report.DomainRow;
import nl.ontschot.engine.report.Domains;
import nl.ontschot.engine.report.Figure;
import nl.ontschot.engine.report.Matrix;
import nl.ontschot.engine.report.MethodComparison;
import nl.ontschot.engine.report.PartyReport;
import nl.ontschot.engine.report.RealisationReport;
import nl.ontschot.engine.report.Report;
import nl.ontschot.engine.report.Row;
import nl.ontschot.engine.report.SideBySide;

/**
 * The report (package report) rounds once and by one rule: every year on its own, and every row adds up to the
 * total it shows.
 */
class ReportProperties {

	@Provide
	Arbitrary<Case> cases() {
		return Arbitraries.randomValue((Random r) -> RandomCases.generateV2(r, r.nextInt(3)));
	}

	@Property(tries = 60)
	void everyRowAddsUpToItsExactTotalRoundedAndEveryPartyHasTheSameRows(@ForAll("cases") Case c) {
		PreparedCase prepared = PreparedCase.of(c);
		CalculationResult result = prepared.calculateWithoutUncertainty();
		Report report = Report.of(prepared, result);

		List<Figure> figures = report.parties().get(0).rows().stream().map(Row::figure).toList();
		assertThat(figures.contains(Figure.ARRANGEMENT_TRANSFERS)).isEqualTo(!result.arrangements().isEmpty());
		assertThat(figures.contains(Figure.SETTLEMENT)).isEqualTo(result.settlement().perYear());
		for (int i = 0; i < report.parties().size(); i++) {
			PartyReport party = report.parties().get(i);
			PartyResult exact = result.parties().get(i);
			assertThat(party.rows().stream().map(Row::figure).toList()).isEqualTo(figures);
			for (Row row : party.rows()) {
				assertThat(row.years().stream().mapToLong(Long::longValue).sum()).as(row.figure().name())
						.isEqualTo(row.total());
				assertThat(row.years()).hasSize(result.years().size());
			}
			Row net = party.rows().stream().filter(r -> r.figure() == Figure.NET).findFirst().orElseThrow();
			double exactTotal = exact.years().stream().mapToDouble(y -> y.flows().net()).sum();
			assertThat((double) net.total()).isCloseTo(exactTotal,
					org.assertj.core.data.Offset.offset(0.5 * net.years().size() + 1e-6));
			for (int t = 0; t < net.years().size(); t++) {
				double year = exact.years().get(t).flows().net();
				assertThat((double) net.years().get(t)).isCloseTo(year, org.assertj.core.data.Offset.offset(0.5 + 1e-9));
				// a cost looks like the same benefit: the rounding does not lean to one sign
				assertThat(Math.abs(net.years().get(t))).isEqualTo(Math.round(Math.abs(year)));
			}
			// the net as its row shows it (within half a euro a year) and the settlement broken down from 0
			assertThat((double) party.netAfterSettlement()).isCloseTo(exact.netAfterSettlement(),
					org.assertj.core.data.Offset.offset(0.5 * net.years().size() + 1 + 1e-6));
		}
	}

	/**
	 * The matrix and a party's own tables show the same figure the same: its net after settlement, and in
	 * present value its net per domain; every column of the matrix and of the domain table adds up.
	 */
	@Property(tries = 60)
	void theMatrixShowsWhatThePartysOwnTablesShowAndItsColumnsAddUp(@ForAll("cases") Case c) {
		PreparedCase prepared = PreparedCase.of(c);
		CalculationResult result = prepared.calculateWithoutUncertainty();
		Report report = Report.of(prepared, result);
		Matrix matrix = report.matrix();

		assertThat(matrix.rows()).hasSize(report.parties().size());
		assertThat(matrix.total().net()).isEqualTo(matrix.rows().stream().mapToLong(Matrix.MatrixRow::net).sum());
		assertThat(matrix.total().afterSettlement())
				.isEqualTo(matrix.rows().stream().mapToLong(Matrix.MatrixRow::afterSettlement).sum());
		for (int d = 0; d < matrix.domains().size(); d++) {
			int column = d;
			assertThat(matrix.total().domains().get(d))
					.isEqualTo(matrix.rows().stream().mapToLong(r -> r.domains().get(column)).sum());
		}
		// what one receives another pays: the settlement moves nothing in total
		assertThat(matrix.total().afterSettlement()).isEqualTo(matrix.total().net());
		for (int i = 0; i < report.parties().size(); i++) {
			PartyReport party = report.parties().get(i);
			Matrix.MatrixRow row = matrix.rows().get(i);
			assertThat(row.afterSettlement()).isEqualTo(party.netAfterSettlement());
			assertThat(row.afterSettlement() - row.net()).isEqualTo(party.settlement());
			// a party's net broken down by domain adds up to the net its tables show
			Row net = party.rows().stream().filter(r -> r.figure() == Figure.NET).findFirst().orElseThrow();
			assertThat(party.domains().nominal()).isEqualTo(net.total());
			assertThat(party.domains().presentValue()).isEqualTo(party.pvNet());
			assertThat(row.domains().stream().mapToLong(Long::longValue).sum()).isEqualTo(row.net());
			assertThat(row.net()).isEqualTo(matrix.basis() == ValueBasis.PV ? party.pvNet() : net.total());
			Domains domains = party.domains();
			assertThat(domains.nominal()).isEqualTo(domains.rows().stream().mapToLong(DomainRow::nominal).sum());
			assertThat(domains.presentValue())
					.isEqualTo(domains.rows().stream().mapToLong(DomainRow::presentValue).sum());
			if (matrix.basis() == ValueBasis.PV) {
				for (int d = 0; d < matrix.domains().size(); d++) {
					Optional<Domain> domain = matrix.domains().get(d);
					long own = domains.rows().stream().filter(r -> r.domain().equals(domain))
							.mapToLong(DomainRow::presentValue).sum();
					assertThat(row.domains().get(d)).as(party.name() + " " + domain).isEqualTo(own);
				}
			}
		}
	}

	/**
	 * The settlement methods side by side: every column adds up to the same total (the parties' net), and the
	 * chosen method's column is the matrix's net after settlement.
	 */
	@Property(tries = 40)
	void everyMethodsColumnAddsUpToTheNetAndTheChosenOneIsTheMatrixs(@ForAll("cases") Case c) {
		PreparedCase prepared = PreparedCase.of(c);
		CalculationResult result = prepared.calculateWithoutUncertainty();
		Report report = Report.of(prepared, result);
		MethodComparison methods = MethodComparison.of(prepared, result, report);

		assertThat(methods.methods().get(0)).isEqualTo(c.settlement().method());
		for (int m = 0; m < methods.methods().size(); m++) {
			assertThat(methods.afterSettlement().totals().get(m)).isEqualTo(report.matrix().total().net());
		}
		for (int i = 0; i < report.parties().size(); i++) {
			SideBySide.Line line = methods.afterSettlement().parties().get(i);
			assertThat(line.values().get(0)).isEqualTo(report.matrix().rows().get(i).afterSettlement());
			for (int m = 0; m < methods.methods().size(); m++) {
				assertThat((double) line.values().get(m)).isCloseTo(line.exact().get(m),
						within(0.5 * result.years().size() + 1 + 1e-6));
			}
		}
	}

	/** An arrangement's payments per party: each year within half a euro of the engine's, each row adding up. */
	@Property(tries = 60)
	void anArrangementsPaymentsAddUpAndLeaveOutOnlyPartiesItDoesNotTouch(@ForAll("cases") Case c) {
		PreparedCase prepared = PreparedCase.of(c);
		CalculationResult result = prepared.calculateWithoutUncertainty();
		Report report = Report.of(prepared, result);

		assertThat(report.arrangements()).hasSize(result.arrangements().size());
		for (int i = 0; i < result.arrangements().size(); i++) {
			ArrangementResult exact = result.arrangements().get(i);
			ArrangementReport shown = report.arrangements().get(i);
			assertThat(shown.id()).isEqualTo(exact.id());
			for (PartyResult party : result.parties()) {
				List<Double> transfers = exact.transfers().getOrDefault(party.id(), List.of());
				Optional<ArrangementReport.Payments> row = shown.parties().stream()
						.filter(p -> p.party().equals(party.id())).findFirst();
				assertThat(row.isPresent()).as(party.id())
						.isEqualTo(transfers.stream().anyMatch(v -> Math.abs(v) >= 0.5));
				row.ifPresent(r -> {
					assertThat(r.total()).isEqualTo(r.years().stream().mapToLong(Long::longValue).sum());
					for (int t = 0; t < transfers.size(); t++) {
						assertThat((double) r.years().get(t)).isCloseTo(transfers.get(t),
								org.assertj.core.data.Offset.offset(0.5 + 1e-9));
					}
				});
			}
		}
	}

	@Provide
	Arbitrary<Case> withScenariosAndActuals() {
		return Arbitraries.randomValue((Random r) -> ScenarioProperties.withScenarios(r).c());
	}

	@Provide
	Arbitrary<Case> withActuals() {
		return Arbitraries.randomValue((Random r) -> RandomCases.withActuals(r, RandomCases.generateV2(r,
				r.nextInt(3))));
	}

	/**
	 * The scenarios and the arrangements compared: each value within half a euro of the engine's (which it
	 * keeps beside it), each column adding up to its total, the plan's column the party's own figures.
	 */
	@Property(tries = 60)
	void everySideBySideColumnAddsUpAndItsPlanIsThePartysOwnFigure(@ForAll("withScenariosAndActuals") Case c) {
		PreparedCase prepared = PreparedCase.of(c);
		CalculationResult result = prepared.calculateWithoutUncertainty();
		Report report = Report.of(prepared, result);

		assertThat(report.scenarios().compared()).isEqualTo(!result.scenarios().isEmpty());
		assertThat(report.scenarios().pvNet().columns()).hasSize(result.scenarios().size());
		assertThat(report.comparison().columns()).hasSize(result.arrangementComparison().size());
		for (SideBySide table : List.of(report.scenarios().pvNet(), report.scenarios().afterSettlement(),
				report.comparison())) {
			for (int col = 0; col < table.columns().size(); col++) {
				int k = col;
				assertThat(table.parties().stream().mapToLong(p -> p.values().get(k)).sum())
						.isEqualTo(table.totals().get(k));
				for (SideBySide.Line line : table.parties()) {
					// the plan's net after settlement is the matrix's: its net as its row shows it, settled
					double off = table == report.scenarios().afterSettlement() && k == 0
							? 0.5 * result.years().size() + 1 : 0.5;
					assertThat((double) line.values().get(k)).isCloseTo(line.exact().get(k), within(off + 1e-9));
				}
			}
		}
		SideBySide.Column plan = report.scenarios().pvNet().columns().get(0);
		assertThat(plan.kind()).isEqualTo(SideBySide.Kind.PLAN);
		for (int i = 0; i < result.parties().size(); i++) {
			PartyReport party = report.parties().get(i);
			assertThat(report.scenarios().pvNet().parties().get(i).values().get(0)).isEqualTo(party.pvNet());
			assertThat(report.scenarios().afterSettlement().parties().get(i).values().get(0))
					.isEqualTo(party.netAfterSettlement());
		}
	}

	/**
	 * The realisation: realised + plan is the party's own net row, every cell of the difference is the
	 * difference of the cells above it and 0 where the actuals leave the year alone, every row and column adds
	 * up, and the figures are within half a euro a year of the engine's plan and variance.
	 */
	@Property(tries = 60)
	void theRealisationAddsUpEveryWayAndShowsTheOwnNetAsRealised(@ForAll("withActuals") Case c) {
		PreparedCase prepared = PreparedCase.of(c);
		CalculationResult result = prepared.calculateWithoutUncertainty();
		Report report = Report.of(prepared, result);

		assertThat(report.realisation().isPresent()).isEqualTo(!c.actuals().isEmpty());
		if (report.realisation().isEmpty()) {
			return;
		}
		RealisationReport realisation = report.realisation().get();
		assertThat(realisation.realisedYears()).containsExactlyElementsOf(
				c.actuals().stream().map(a -> a.year()).distinct().sorted().toList());
		int years = result.years().size();
		long[][] columnSums = new long[3][years];
		for (int i = 0; i < realisation.parties().size(); i++) {
			RealisationReport.PartyRealisation p = realisation.parties().get(i);
			Row net = report.parties().get(i).rows().stream().filter(r -> r.figure() == Figure.NET).findFirst()
					.orElseThrow();
			assertThat(p.realised().years()).isEqualTo(net.years());
			List<Double> variance = result.variance().get(p.party()).years();
			List<Double> planned = result.plan().get(p.party()).years();
			List<Row> rows = List.of(p.plan(), p.realised(), p.variance());
			for (Row row : rows) {
				assertThat(row.years().stream().mapToLong(Long::longValue).sum()).isEqualTo(row.total());
			}
			for (int t = 0; t < years; t++) {
				assertThat(p.variance().years().get(t)).isEqualTo(p.realised().years().get(t) - p.plan().years().get(t));
				if (Math.abs(variance.get(t)) < 0.5) {
					assertThat(p.variance().years().get(t)).isZero();
				}
				assertThat((double) p.plan().years().get(t)).isCloseTo(planned.get(t), within(1.0 + 1e-6));
				for (int k = 0; k < 3; k++) {
					columnSums[k][t] += rows.get(k).years().get(t);
				}
			}
			assertThat(p.pv().variance()).isEqualTo(p.pv().realised() - p.pv().plan());
			assertThat(p.pv().realised()).isEqualTo(report.parties().get(i).pvNet());
			assertThat(p.settlement().variance()).isEqualTo(p.settlement().realised() - p.settlement().plan());
		}
		RealisationReport.PartyRealisation total = realisation.total();
		List<Row> totals = List.of(total.plan(), total.realised(), total.variance());
		for (int k = 0; k < 3; k++) {
			assertThat(totals.get(k).years()).isEqualTo(java.util.Arrays.stream(columnSums[k]).boxed().toList());
		}
		assertThat(total.pv().realised())
				.isEqualTo(realisation.parties().stream().mapToLong(p -> p.pv().realised()).sum());
	}
}
