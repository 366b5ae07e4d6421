package nl.ontschot.engine.result;

/**
 * The statistics S of one figure over the Monte Carlo iterations (calculation.md 6.8): mean, sd (with n − 1),
 * the 5th, 50th and 95th percentiles by nearest rank, and the share of iterations below 0 (below −1e-6).
 */
public record Statistics(double mean, double sd, double p5, double p50, double p95, double probabilityNegative) {
}
