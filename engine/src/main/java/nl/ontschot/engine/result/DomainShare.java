package nl.ontschot.engine.result;

import java.util.Optional;

import nl.ontschot.engine.model.Domain;

/**
 * The part of one party's net effect that comes from the lines of one financing domain (empty: lines
 * without a domain), over the horizon: nominal and at present value. The shares of a party add up to its
 * net. Not part of the result format of calculation.md; for overviews per domain.
 */
public record DomainShare(String party, Optional<Domain> domain, double nominal, double presentValue) {
}
