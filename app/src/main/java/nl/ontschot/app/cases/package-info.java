/**
 * Cases shared by organisations: storage, versions, optimistic locking, membership with roles and party
 * bindings, the write rules per party, and the audit trail. Every write goes through {@link CaseService} and is
 * checked there, in one place, for the API and the pages alike. It announces {@link CaseSaved},
 * {@link CaseMembersChanging}, {@link CaseDeleting} and {@link MemberAdded}, so that other features react to a
 * case (and may veto a change while it is being signed) without the case knowing them. The REST endpoints and
 * the store are in {@code internal}.
 */
@ApplicationModule(displayName = "Cases",
		allowedDependencies = { "account", "calculation", "configuration", "templates", "web" })
package nl.ontschot.app.cases;

import org.springframework.modulith.ApplicationModule;
