/**
 * Working together at one table: each party approves its own figures for a version ("onze cijfers kloppen")
 * and a later change to those figures withdraws that approval; comments on lines and on the case; the
 * intentieverklaring, proposed, signed per party and frozen. Other modules only hear what it announces;
 * everything else (its services, stores, pages and endpoints) is in {@code internal}. It
 * reacts to {@link nl.ontschot.app.cases.CaseSaved}, {@link nl.ontschot.app.cases.CaseMembersChanging} and
 * {@link nl.ontschot.app.cases.CaseDeleting} (refusing them while a version is being signed), and announces
 * {@link MemberMentioned} and {@link VersionSigned}.
 */
@ApplicationModule(displayName = "Collaboration",
		allowedDependencies = { "account", "cases", "instrument", "reports", "web" })
package nl.ontschot.app.collaboration;

import org.springframework.modulith.ApplicationModule;

import nl.ontschot.app.collaboration.internal.Approvals;
import nl.ontschot.app.collaboration.internal.Comments;
import nl.ontschot.app.collaboration.internal.Signoffs;
