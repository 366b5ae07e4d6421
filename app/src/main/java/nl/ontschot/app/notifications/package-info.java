/**
 * Each person's notifications: what happened in a case that concerns them, kept until they have seen it. It
 * hears {@link nl.ontschot.app.collaboration.MemberMentioned} (a MENTION for the member mentioned),
 * {@link nl.ontschot.app.collaboration.VersionSigned} (a SIGNED for every member of the case) and
 * {@link nl.ontschot.app.cases.MemberAdded} (an ADDED for the new member), each within the transaction of what
 * happened (ADR 24). Only the cases a person is still a member of show. No other module uses it, so it has no
 * API: what it keeps, the bell, the page Meldingen and {@code GET /api/v1/notifications} are in
 * {@code internal}.
 */
@ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "account", "cases", "collaboration", "web" })
package nl.ontschot.app.notifications;

import org.springframework.modulith.ApplicationModule;

import nl.ontschot.app.notifications.internal.Notifications;
