package nl.ontschot.engine.model;

/** A party with its share in a list of parties that pay or receive together (shares are normalised to sum 1). */
public record PartyShare(String party, Quantity share) {
}
