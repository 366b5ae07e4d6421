package nl.ontschot.engine.report;

import java.util.Optional;

import nl.ontschot.engine.model.Domain;

/** A party's net over the horizon in one financing domain (empty: lines without a domain), in whole euros. */
public record DomainRow(Optional<Domain> domain, long nominal, long presentValue) {
}
