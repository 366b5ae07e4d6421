package nl.ontschot.app.account.internal;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import nl.ontschot.app.account.UserAccount;

public interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	@Query("select exists (select 1 from app_user where lower(username) = lower(:username))")
	boolean existsByUsernameIgnoringCase(String username);
}
