package nl.ontschot.app.cases;

import java.util.Optional;

/** The caller's place in a case: a role, and for a party-bound editor the party. */
public record Membership(Role role, Optional<String> party) {
}
