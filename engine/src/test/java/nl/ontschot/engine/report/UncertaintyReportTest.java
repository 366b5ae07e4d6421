package nl.ontschot.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.ontschot.engine.SharedFiles;
import nl.ontschot.engine.calculation.Calculator;
import nl.ontschot.engine.json.CaseJson;
import nl.ontschot.engine.json.ResultJson;
import nl.ontschot.engine.model.Case;
import nl.ontschot.engine.result.UncertaintyResult;

/**
 * A run's uncertainty as the outputs show it, from the result itself or read back from the JSON a finished
 * run keeps: the same report either way.
 */
class UncertaintyReportTest {

	private final Case fallPrevention = CaseJson.read(SharedFiles.read("cases-v2/valpreventie-hib.json"));
	private final UncertaintyResult run = Calculator.calculate(fallPrevention).uncertainty().orElseThrow();

	@Test
	void aRunReadBackFromItsJsonIsTheRunItself() {
		UncertaintyResult read = ResultJson.readUncertainty(ResultJson.uncertainty(run), ResultJson.histograms(run));

		assertThat(read).isEqualTo(run);
	}

	@Test
	void everyPartyHasItsBandInWholeEurosAndTheRiskiestComeFirst() {
		UncertaintyReport report = UncertaintyReport.of(fallPrevention, run);

		assertThat(report.parties()).extracting(UncertaintyReport.PartyRisk::party)
				.containsExactlyElementsOf(fallPrevention.parties().stream().map(p -> p.id()).toList());
		for (UncertaintyReport.PartyRisk p : report.parties()) {
			UncertaintyResult.PartyStatistics s = run.parties().get(p.party());
			assertThat(p.p5()).isEqualTo(Math.round(s.netAfterSettlement().p5()));
			assertThat(p.p95()).isEqualTo(Math.round(s.netAfterSettlement().p95()));
			assertThat(p.chanceNegative()).isEqualTo(s.netAfterSettlement().probabilityNegative());
		}
		List<UncertaintyReport.PartyRisk> top = report.mostAtRisk(3);
		assertThat(top).hasSize(3).isSortedAccordingTo(
				Comparator.comparingDouble(UncertaintyReport.PartyRisk::chanceNegative).reversed());
		assertThat(top.get(0).name()).isEqualTo("Zorgaanbieders samen");
		// the switching values that exist, and only those (6.8: one per party and input)
		assertThat(report.switching()).hasSize((int) run.switching().stream().filter(v -> v.value().isPresent())
				.count()).isNotEmpty();
		assertThat(report.conditions()).extracting(UncertaintyReport.ConditionChance::name)
				.containsExactly("Health impact bond");
	}
}
