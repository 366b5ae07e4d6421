package nl.ontschot.app.account.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

import nl.ontschot.app.account.UserAccount;

/** The queries about the accounts of one organisation and about e-mail addresses (ADR 0023). */
public interface OrganisationAccountRepository extends Repository<UserAccount, Long> {

	@Query("select * from app_user where organisation_id = :organisationId order by lower(username)")
	List<UserAccount> findByOrganisation(long organisationId);

	@Query("select * from app_user where lower(email) = lower(:email)")
	Optional<UserAccount> findByEmailIgnoringCase(String email);

	/**
	 * Whether an account other than {@code id} has the address as its e-mail address or as its name: an
	 * invitation by address must find one account, and not one that merely took someone's address as its name.
	 */
	@Query("select exists (select 1 from app_user where id <> :id"
			+ " and (lower(email) = lower(:email) or lower(username) = lower(:email)))")
	boolean emailTakenByAnother(long id, String email);

	@Query("select count(*) from app_user where organisation_id = :organisationId and org_admin and not disabled")
	int countActiveOrgAdmins(long organisationId);

	/** Locks the organisation's row, so that two administrators cannot each take away the other's role at once. */
	@Query("select count(*) from (select id from organisation where id = :organisationId for update) locked")
	int lockOrganisation(long organisationId);
}
