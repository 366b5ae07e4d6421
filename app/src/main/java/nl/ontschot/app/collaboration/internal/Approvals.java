package nl.ontschot.app.collaboration.internal;

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
		return List.copyOf(cases.actsFor(userId, caseId));
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
		if (document.path("parties").valueStream().noneMatch(p -> party.equals(p.path("id").asString("")))) {
			throw new StatusException(400, "approval.unknownParty");
		}
		if (!cases.actsFor(userId, caseId).contains(party)) {
			throw new StatusException(403, "approval.notYourParty");
		}
		store.approve(caseId, party, latest.version(), userId, Instant.now());
		// the owner approves for a party nobody at the table works for: the history says it did so for the table
		boolean onBehalf = cases.membership(userId, caseId).party().isEmpty();
		cases.record(userId, caseId, latest.version(), onBehalf ? "APPROVE_ON_BEHALF" : "APPROVE", party);
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
}
