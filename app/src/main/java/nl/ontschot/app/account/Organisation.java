package nl.ontschot.app.account;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An organisation taking part in cases: a municipality, an insurer, a provider, ... */
@Table("organisation")
public record Organisation(@Id Long id, String name, Instant createdAt) {
}
