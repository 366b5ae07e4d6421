package nl.ontschot.app.account.internal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import nl.ontschot.app.account.AccountPrincipal;

/**
 * Whether the header shows "Organisatie": only to those who manage accounts. Asked by the header itself
 * ({@code @organisationLink.shown()}), so that every page has it without each controller adding it, and
 * read from the database, so that a role granted or taken shows at the next page.
 */
@Component("organisationLink")
public class OrganisationLink {

	private final OrganisationAccounts organisationAccounts;

	OrganisationLink(OrganisationAccounts organisationAccounts) {
		this.organisationAccounts = organisationAccounts;
	}

	public boolean shown() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal user
				&& (user.admin() || organisationAccounts.managesAccounts(user.userId()));
	}
}
