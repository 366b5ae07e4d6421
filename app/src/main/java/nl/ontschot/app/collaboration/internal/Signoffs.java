package nl.ontschot.app.collaboration.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.ontschot.app.account.AccountService;
import nl.ontschot.app.account.Organisation;
import nl.ontschot.app.cases.CaseDeleting;
import nl.ontschot.app.cases.CaseDocument;
import nl.ontschot.app.cases.CaseMembersChanging;
import nl.ontschot.app.cases.CaseSaved;
import nl.ontschot.app.cases.CaseService;
import nl.ontschot.app.cases.Role;
import nl.ontschot.app.cases.WriteRules;
import nl.ontschot.app.collaboration.VersionSigned;
import nl.ontschot.app.instrument.FieldViews;
import nl.ontschot.app.web.StatusException;
import nl.ontschot.engine.json.CaseJson;
import tools.jackson.databind.JsonNode;

/**
 * The intentieverklaring (ADR 21): when every party has approved its own figures, the case's owner proposes
 * the latest version for signature; each party's signatory (a member bound to it, or the owner for a party
 * nobody works for) signs it with name and
 * function; the content hash ties every signature to the version's document as stored. While the signing is
 * under way the case cannot be changed; once every party signed, a change makes a new draft and the signed
 * version stays as it was.
 */
@Service
public class Signoffs {

	private final CaseService cases;
	private final Approvals approvals;
	private final SignoffStore store;
	private final AccountService accounts;
	private final ApplicationEventPublisher events;

	Signoffs(CaseService cases, Approvals approvals, SignoffStore store, AccountService accounts,
			ApplicationEventPublisher events) {
		this.cases = cases;
		this.approvals = approvals;
		this.store = store;
		this.accounts = accounts;
		this.events = events;
	}

	/** The latest proposal of a case and its signatures; 404 for a case the caller is no member of. */
	@Transactional(readOnly = true)
	public Optional<Signoff> of(long userId, UUID caseId) {
		cases.read(userId, caseId);
		return store.proposal(caseId).map(p -> signoff(userId, caseId, p));
	}

	/** The owner proposes the latest version, when every party's approval of its own figures stands. */
	@Transactional
	public Signoff propose(long userId, UUID caseId) {
		CaseDocument latest = cases.readToRecord(userId, caseId);
		if (cases.membership(userId, caseId).role() != Role.OWNER) {
			throw new StatusException(403, "signoff.ownerOnly");
		}
		List<String> waiting = approvals.of(userId, caseId).stream()
				.filter(a -> a.status() != ApprovalStatus.APPROVED).map(PartyApproval::name).toList();
		if (!waiting.isEmpty()) {
			throw new StatusException(409, "signoff.notAllApproved", String.join(", ", waiting));
		}
		Optional<SignoffStore.Proposal> current = store.proposal(caseId);
		if (current.isPresent() && current.get().version() == latest.version()) {
			throw new StatusException(409, "signoff.proposedAlready");
		}
		store.propose(caseId, latest.version(), hash(latest.document()), userId, Instant.now());
		cases.record(userId, caseId, latest.version(), "PROPOSE", "");
		return signoff(userId, caseId, store.proposal(caseId).orElseThrow());
	}

	/**
	 * A party's signatory signs the proposed version in its name; the last party's signature makes the version
	 * signed, which is announced as {@link VersionSigned}.
	 */
	@Transactional
	public Signoff sign(long userId, UUID caseId, String party, String name, String function) {
		CaseDocument latest = cases.readToRecord(userId, caseId);
		SignoffStore.Proposal proposal = store.proposal(caseId)
				.orElseThrow(() -> new StatusException(409, "signoff.noProposal"));
		Signoff now = signoff(userId, caseId, proposal);
		if (now.signed() || proposal.version() != latest.version()) {
			throw new StatusException(409, "signoff.noProposal");
		}
		JsonNode document = CaseJson.parse(latest.document());
		if (!hasParty(document, party)) {
			throw new StatusException(400, "approval.unknownParty");
		}
		if (!cases.actsFor(userId, caseId).contains(party)) {
			throw new StatusException(403, "signoff.notYourParty");
		}
		if (name == null || name.isBlank() || function == null || function.isBlank()) {
			throw new StatusException(400, "signoff.nameAndFunction");
		}
		if (!plain(name) || !plain(function)) {
			throw new StatusException(400, "signoff.nameInvalid", NAME_LENGTH);
		}
		String organisation = accounts.findById(userId).flatMap(a -> accounts.organisation(a.organisationId()))
				.map(Organisation::name).orElse("");
		boolean onBehalf = cases.membership(userId, caseId).party().isEmpty();
		if (!store.sign(caseId, proposal.version(), party, name.strip(), function.strip(), organisation, userId,
				Instant.now(), proposal.hash(), onBehalf)) {
			throw new StatusException(409, "signoff.signedAlready");
		}
		cases.record(userId, caseId, proposal.version(), "SIGN", party);
		Signoff after = signoff(userId, caseId, proposal);
		if (after.signed()) {
			events.publishEvent(new VersionSigned(caseId, proposal.version(), proposal.hash()));
		}
		return after;
	}

	/**
	 * The parties the caller signs for: a member bound to the party signs for it; for a party that nobody at the
	 * table works for, the case's owner does (the mandate a kerngroep holds for the others).
	 */
	@Transactional(readOnly = true)
	public Set<String> signableBy(long userId, UUID caseId) {
		return cases.actsFor(userId, caseId);
	}

	/** The owner withdraws a proposal that not every party has signed yet: the case can be changed again. */
	@Transactional
	public void withdraw(long userId, UUID caseId) {
		CaseDocument latest = cases.readToRecord(userId, caseId);
		if (cases.membership(userId, caseId).role() != Role.OWNER) {
			throw new StatusException(403, "signoff.ownerOnly");
		}
		SignoffStore.Proposal proposal = store.proposal(caseId)
				.orElseThrow(() -> new StatusException(409, "signoff.noProposal"));
		if (signoff(userId, caseId, proposal).signed()) {
			throw new StatusException(409, "signoff.signedStays");
		}
		store.withdraw(caseId, proposal.version());
		cases.record(userId, caseId, latest.version(), "WITHDRAW_PROPOSAL", "");
	}

	/**
	 * While a version is being signed, who works for which party decides who may sign for it: no member is
	 * added, changed or removed.
	 */
	@EventListener
	void membersChanging(CaseMembersChanging changing) {
		store.proposal(changing.caseId()).ifPresent(p -> {
			if (!fullySigned(changing.caseId(), p)) {
				throw new StatusException(409, "signoff.membersFrozen");
			}
		});
	}

	/** What every party signed stays: a case with a signed version is not deleted. */
	@EventListener
	void deleting(CaseDeleting deleting) {
		store.proposal(deleting.caseId()).ifPresent(p -> {
			if (fullySigned(deleting.caseId(), p)) {
				throw new StatusException(409, "signoff.signedCaseStays");
			}
		});
	}

	private boolean fullySigned(UUID caseId, SignoffStore.Proposal proposal) {
		JsonNode document = CaseJson.parse(cases.versionOf(caseId, proposal.version()));
		return store.signatures(caseId, proposal.version()).size() >= parties(document).size();
	}

	/** While a version is being signed, it is what the parties sign: no save may change the case. */
	@EventListener
	void saved(CaseSaved saved) {
		store.proposal(saved.caseId()).ifPresent(p -> {
			if (!fullySigned(saved.caseId(), p)) {
				throw new StatusException(409, "signoff.inProgress");
			}
		});
	}

	private Signoff signoff(long userId, UUID caseId, SignoffStore.Proposal proposal) {
		JsonNode document = CaseJson.parse(cases.version(userId, caseId, proposal.version()));
		List<SignoffStore.Signed> signed = store.signatures(caseId, proposal.version());
		List<Signoff.Signature> signatures = new ArrayList<>();
		for (SignoffStore.Signed s : signed) {
			signatures.add(new Signoff.Signature(s.party(), FieldViews.lineName(document, "parties", s.party()),
					s.name(), s.function(),
					s.organisation(), s.signedAt(), s.hash(), s.onBehalf()));
		}
		List<String> unsigned = parties(document).stream()
				.filter(p -> signed.stream().noneMatch(s -> s.party().equals(p))).toList();
		return new Signoff(proposal.version(), proposal.hash(), proposal.proposedBy(), proposal.proposedAt(),
				signatures, unsigned, unsigned.isEmpty());
	}

	/** Longest name or function a signature takes. */
	static final int NAME_LENGTH = 200;
	/** Control characters, which a name or function has no use for. */
	private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

	/**
	 * A name or function as it reads: not too long, no control characters, and none that turn the reading
	 * direction, by the rule case texts follow.
	 */
	private static boolean plain(String text) {
		return text.strip().length() <= NAME_LENGTH && !CONTROL.matcher(text).find()
				&& !WriteRules.turnsReadingDirection(text);
	}

	/** SHA-256 of the document as stored, in hex: what a signature says it signed. */
	static String hash(String document) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
					.digest(document.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}

	private static List<String> parties(JsonNode document) {
		List<String> ids = new ArrayList<>();
		document.path("parties").forEach(p -> ids.add(p.path("id").asString("")));
		return ids;
	}

	private static boolean hasParty(JsonNode document, String party) {
		return parties(document).contains(party);
	}

}
