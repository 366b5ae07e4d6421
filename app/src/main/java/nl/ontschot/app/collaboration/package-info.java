/**
 * Working together at one table: each party approves its own figures for a version ("onze cijfers kloppen")
 * and a later change to those figures withdraws that approval ({@link Approvals}); comments on lines and
 * on the case ({@link Comments}); the intentieverklaring, proposed, signed per party and frozen
 * ({@link Signoffs}). Its API is this package; what it keeps and how it is shown is in {@code internal}. It
 * reacts to {@link nl.ontschot.app.cases.CaseSaved}, {@link nl.ontschot.app.cases.CaseMembersChanging} and
 * {@link nl.ontschot.app.cases.CaseDeleting} (refusing them while a version is being signed), and announces
 * {@link MemberMentioned} and {@link VersionSigned}.
 */
@ApplicationModule(displayName = "Collaboration")
package nl.ontschot.app.collaboration;

import org.springframework.modulith.ApplicationModule;
