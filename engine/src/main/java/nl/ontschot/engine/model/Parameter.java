package nl.ontschot.engine.model;

/** A key figure (kengetal, calculation.md 6.1) that formulas name; empty texts when not given. */
public record Parameter(String id, String name, Quantity value, String unit, String description) {
}
