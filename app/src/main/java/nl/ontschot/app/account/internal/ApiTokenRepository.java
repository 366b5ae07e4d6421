package nl.ontschot.app.account.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface ApiTokenRepository extends ListCrudRepository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByUserIdOrderById(Long userId);
}
