package nl.ontschot.app.account.internal;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import nl.ontschot.app.account.Organisation;

public interface OrganisationRepository extends ListCrudRepository<Organisation, Long> {

	/** The oldest, should there be several that differ only in case (made before names were matched so). */
	@Query("select * from organisation where lower(name) = lower(:name) order by id limit 1")
	Optional<Organisation> findByNameIgnoringCase(String name);

	/**
	 * Makes naming a new organisation wait for any other transaction doing so, until it ends: two accounts
	 * created at the same moment for "gemeente" and "Gemeente" find one organisation, not two.
	 */
	@Query("select count(*) from (select pg_advisory_xact_lock(hashtext('ontschot.organisation.naming'))) locked")
	int lockNaming();
}
