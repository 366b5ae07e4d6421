/**
 * Working together at one table: each party approves its own figures for a version ("onze cijfers
 * kloppen"), and a later change to those figures withdraws that approval. Its API is this package; what it
 * keeps and how it is shown is in {@code internal}. It reacts to {@link nl.ontschot.app.cases.CaseSaved}, and
 * announces {@link MemberMentioned} and {@link VersionSigned}.
 */
package nl.ontschot.app.collaboration;
