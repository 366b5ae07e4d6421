package nl.ontschot.app.collaboration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.ontschot.app.cases.CaseDocument;
import nl.ontschot.app.cases.CaseSaved;
import nl.ontschot.app.cases.CaseService;
import nl.ontschot.app.cases.Membership;
import nl.ontschot.app.cases.Role;
import nl.ontschot.app.collaboration.internal.ApprovalStore;
import nl.ontschot.app.collaboration.internal.OwnFigures;
import nl.ontschot.app.web.StatusException;
import nl.ontschot.engine.json.CaseJson;
import tools.jackson.databind.JsonNode;

/**
 * Each party's approval of its own figures ("onze cijfers kloppen", ADR 20): given for the latest version by
 * a member bound to that party (or the case's owner, for a party nobody at the table works for), and withdrawn
 * by the first later save that changes that party's own figures ({@link OwnFigures}); a change to another
 * party's figures leaves it standing.
 */
@Service
public class Approvals {

	private final CaseService cases;
	private final ApprovalStore store;

	Approvals(CaseService cases, ApprovalStore store) {
		this.cases = cases;
		this.store = store;
	}

	/** Every party of the latest version with its approval; 404 for a case the caller is no member of. */
	@Transactional(readOnly = true)
	public List<PartyApproval> of(long userId, UUID caseId) {
		return statuses(caseId, CaseJson.parse(cases.read(userId, caseId).document()));
	}

	/** The parties of the latest version whose approval the caller may give. */
	@Transactional(readOnly = true)
	public List<String> approvableBy(long userId, UUID caseId) {
		JsonNode document = CaseJson.parse(cases.read(userId, caseId).document());
		Membership membership = cases.membership(userId, caseId);
		List<String> parties = new ArrayList<>();
		for (JsonNode p : document.path("parties")) {
			String id = p.path("id").asString("");
			if (mayApprove(userId, caseId, membership, id)) {
				parties.add(id);
			}
		}
		return parties;
	}

	/**
	 * The party approves the latest version. Refused (403) for a viewer and for a member bound to another
	 * party or to none (an editor without a party works for the table, not for one organisation); 400 for a
	 * party the case does not have.
	 */
	@Transactional
	public List<PartyApproval> approve(long userId, UUID caseId, String party) {
		CaseDocument latest = cases.readToRecord(userId, caseId);
		JsonNode document = CaseJson.parse(latest.document());
		if (name(document, party).isEmpty()) {
			throw new StatusException(400, "approval.unknownParty");
		}
		if (!mayApprove(userId, caseId, cases.membership(userId, caseId), party)) {
			throw new StatusException(403, "approval.notYourParty");
		}
		store.approve(caseId, party, latest.version(), userId, Instant.now());
		cases.record(userId, caseId, latest.version(), "APPROVE", party);
		return statuses(caseId, document);
	}

	/** A save that changes a party's own figures withdraws its approval, in the save's transaction. */
	@EventListener
	void saved(CaseSaved saved) {
		for (String party : store.standing(saved.caseId())) {
			if (!OwnFigures.of(saved.before(), party).equals(OwnFigures.of(saved.after(), party))) {
				store.withdraw(saved.caseId(), party, saved.version(), Instant.now());
			}
		}
	}

	/**
	 * A member bound to the party approves for it; the case's owner does for a party that nobody at the table
	 * works for, never for one that has a member of its own.
	 */
	private boolean mayApprove(long userId, UUID caseId, Membership membership, String party) {
		if (membership.party().isPresent()) {
			return membership.role().mayEdit() && membership.party().get().equals(party);
		}
		return membership.role() == Role.OWNER && !cases.represented(userId, caseId, party);
	}

	private List<PartyApproval> statuses(UUID caseId, JsonNode document) {
		Map<String, ApprovalStore.Stored> stored = store.of(caseId).stream()
				.collect(Collectors.toMap(ApprovalStore.Stored::party, Function.identity()));
		List<PartyApproval> approvals = new ArrayList<>();
		for (JsonNode p : document.path("parties")) {
			String id = p.path("id").asString("");
			String name = p.path("name").asString(id);
			ApprovalStore.Stored a = stored.get(id);
			approvals.add(a == null
					? new PartyApproval(id, name, ApprovalStatus.NOT_APPROVED, OptionalInt.empty(), Optional.empty(),
							Optional.empty(), OptionalInt.empty())
					: new PartyApproval(id, name, a.withdrawnIn().isPresent() ? ApprovalStatus.CHANGED_SINCE_APPROVAL
							: ApprovalStatus.APPROVED, OptionalInt.of(a.version()), Optional.of(a.approvedBy()),
							Optional.of(a.approvedAt()), a.withdrawnIn()));
		}
		return approvals;
	}

	private static Optional<String> name(JsonNode document, String party) {
		for (JsonNode p : document.path("parties")) {
			if (party.equals(p.path("id").asString(""))) {
				return Optional.of(p.path("name").asString(party));
			}
		}
		return Optional.empty();
	}
}
