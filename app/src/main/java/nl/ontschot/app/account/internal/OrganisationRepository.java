package nl.ontschot.app.account.internal;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import nl.ontschot.app.account.Organisation;

public interface OrganisationRepository extends ListCrudRepository<Organisation, Long> {

	/** The oldest, should there be several that differ only in case (made before names were matched so). */
	@Query("select * from organisation where lower(name) = lower(:name) order by id limit 1")
	Optional<Organisation> findByNameIgnoringCase(String name);
}
