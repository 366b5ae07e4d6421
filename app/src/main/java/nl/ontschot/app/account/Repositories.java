package nl.ontschot.app.account;

import java.util.List;
import java.util.Optional;

import nl.ontschot.app.account.ApiToken;
import nl.ontschot.app.account.Organisation;
import nl.ontschot.app.account.UserAccount;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface OrganisationRepository extends ListCrudRepository<Organisation, Long> {

	Optional<Organisation> findByName(String name);
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
