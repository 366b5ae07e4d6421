package nl.ontschot.app.account;

import java.util.List;
import java.util.Optional;

import nl.ontschot.app.account.ApiToken;
import nl.ontschot.app.account.Organisation;
import nl.ontschot.app.account.UserAccount;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface OrganisationRepository extends ListCrudRepository<Organisation, Long> {

	/** The oldest, should there be several that differ only in case (made before names were matched so). */
	@Query("select * from organisation where lower(name) = lower(:name) order by id limit 1")
	Optional<Organisation> findByNameIgnoringCase(String name);
}

interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	@Query("select exists (select 1 from app_user where lower(username) = lower(:username))")
	boolean existsByUsernameIgnoringCase(String username);
}

interface ApiTokenRepository extends ListCrudRepository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByUserIdOrderById(Long userId);
}
