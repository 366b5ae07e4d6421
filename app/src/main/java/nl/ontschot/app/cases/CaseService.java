package nl.ontschot.app.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.ontschot.app.account.AccountService;
import nl.ontschot.app.account.UserAccount;
import nl.ontschot.app.calculation.SynchronousCalculation;
import nl.ontschot.app.cases.Views.AuditLine;
import nl.ontschot.app.cases.Views.CaseSummary;
import nl.ontschot.app.cases.Views.Member;
import nl.ontschot.app.cases.Views.Person;
import nl.ontschot.app.cases.Views.VersionInfo;
import nl.ontschot.app.cases.internal.CaseStore;
import nl.ontschot.app.cases.internal.ImplicitGroups;
import nl.ontschot.app.cases.internal.KeyWeights;
import nl.ontschot.app.cases.internal.MemberLookup;
import nl.ontschot.app.cases.internal.ParameterRename;
import nl.ontschot.app.templates.TemplateCatalog;
import nl.ontschot.app.web.StatusException;
import nl.ontschot.engine.InvalidCaseException;
import nl.ontschot.engine.json.CaseJson;
import nl.ontschot.engine.model.Case;
import nl.ontschot.engine.result.CalculationResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Cases shared by organisations: who may do what, validation before anything is stored, optimistic
 * locking, versions and the audit trail. Every write is one transaction: it is saved whole or not at all.
 */
@Service
public class CaseService {

	private final CaseStore store;
	private final AccountService accounts;
	private final TemplateCatalog templates;
	private final MemberLookup memberLookup;
	private final ApplicationEventPublisher events;

	CaseService(CaseStore store, AccountService accounts, TemplateCatalog templates, MemberLookup memberLookup,
			ApplicationEventPublisher events) {
		this.store = store;
		this.accounts = accounts;
		this.templates = templates;
		this.memberLookup = memberLookup;
		this.events = events;
	}

	/** Validates and stores a new case; the caller becomes its owner. Returns the new case's id. */
	@Transactional
	public UUID create(long userId, String document) {
		JsonNode tree = CaseJson.parse(document);
		Case c = CaseJson.read(tree);
		UUID id = UUID.randomUUID();
		Instant now = Instant.now();
		// the answers a new case brings are new to the server: signed by their writer, the creator (owner)
		ObjectNode signed = (ObjectNode) tree.deepCopy();
		ObjectNode before = signed.deepCopy();
		before.remove("conversation");
		WriteRules.check(new WriteRules.Writer(username(userId), new Membership(Role.OWNER, Optional.empty())),
				before, signed, now);
		WriteRules.checkNewTexts(signed);
		String text = signed.equals(tree) ? document : signed.toString();
		store.insert(id, c.name(), text, userId, now);
		store.audit(id, Optional.of(1), userId, now, "CREATE", List.of(new AuditChange("", Optional.empty(),
				Optional.of(signed.toString()))));
		return id;
	}

	@Transactional
	public UUID createFromTemplate(long userId, String templateId) {
		return create(userId, templates.find(templateId)
				.orElseThrow(() -> new StatusException(404, "case.templateNotFound", templateId)).document());
	}

	@Transactional(readOnly = true)
	public List<CaseSummary> list(long userId) {
		return store.listFor(userId);
	}

	/** The latest version of a case the caller is a member of; 404 for any other. */
	@Transactional(readOnly = true)
	public CaseDocument read(long userId, UUID id) {
		StoredCase stored = get(userId, id);
		return new CaseDocument(stored.id(), stored.version(), stored.document());
	}

	/**
	 * The latest version of a case the caller is a member of, held until the caller's transaction ends: no
	 * save comes between what the caller reads and what it records about that version (an approval).
	 */
	@Transactional
	public CaseDocument readToRecord(long userId, UUID id) {
		StoredCase stored = locked(userId, id);
		return new CaseDocument(stored.id(), stored.version(), stored.document());
	}

	/** Whether the caller may change a case it is a member of (an owner or editor); 404 for any other case. */
	@Transactional(readOnly = true)
	public boolean mayChange(long userId, UUID id) {
		existing(id);
		return member(userId, id).role().mayEdit();
	}

	@Transactional(readOnly = true)
	public StoredCase get(long userId, UUID id) {
		StoredCase stored = existing(id);
		member(userId, id);
		return stored;
	}

	/**
	 * Saves a new version when the caller saw the latest one ({@code expectedVersion}); otherwise nothing is
	 * written and the caller learns the current version (412).
	 */
	@Transactional
	public StoredCase update(long userId, UUID id, int expectedVersion, String document) {
		StoredCase stored = locked(userId, id);
		Membership membership = editor(userId, id);
		JsonNode after = CaseJson.parse(document);
		CaseJson.read(after);
		if (stored.version() != expectedVersion) {
			throw new StatusException(412, "case.versionConflict", String.valueOf(stored.version()));
		}
		return save(userId, stored, membership, (ObjectNode) after, Optional.of(document));
	}

	/**
	 * Replaces the whole document of a case as one save (a workbook read in), with the checks of any write:
	 * the caller's rights, the version it saw, and the write rules of its party.
	 */
	@Transactional
	public CaseDocument replace(long userId, UUID id, int expectedVersion, String document) {
		StoredCase saved = update(userId, id, expectedVersion, document);
		return new CaseDocument(saved.id(), saved.version(), saved.document());
	}

	/**
	 * A workbook exported from {@code exportedFrom} and changed offline, read in as one save: only what it
	 * changed since that document is applied to the case as it is now, so that what others saved meanwhile stays
	 * (ADR 19). Where the workbook and someone else changed the same value differently nothing is saved and the
	 * places are named.
	 */
	@Transactional
	public CaseDocument replaceSince(long userId, UUID id, String exportedFrom, String document) {
		StoredCase stored = locked(userId, id);
		JsonNode current = CaseJson.parse(stored.document());
		ThreeWayMerge.Merged merged = ThreeWayMerge.of(CaseJson.parse(exportedFrom), CaseJson.parse(document),
				current);
		if (!merged.conflicts().isEmpty()) {
			throw new ChangedSinceExportException(merged.conflicts(), stored.document());
		}
		if (merged.document().equals(current)) {
			// nothing changed offline that the case does not have already: no new version
			return new CaseDocument(stored.id(), stored.version(), stored.document());
		}
		return replace(userId, id, stored.version(), merged.document().toString());
	}

	/**
	 * Changes one field of the latest version, if it still holds the value the person saw
	 * ({@code expected}); otherwise nothing is written and the person learns the value someone else saved.
	 * Other people's changes to other fields are kept: an edit of one field never overwrites the whole case.
	 */
	@Transactional
	public StoredCase patch(long userId, UUID id, String path, Optional<JsonNode> expected, Optional<JsonNode> value) {
		return edit(userId, id, tree -> {
			DocumentPath place = DocumentPath.parse(path);
			Optional<JsonNode> current = place.get(tree);
			if (!current.equals(expected)) {
				throw new ChangedMeanwhileException(current);
			}
			place.set(tree, value);
			if (path.startsWith("allocationKeys[")) {
				KeyWeights.align(tree);
			}
			ArrangementForms.align(tree, path);
		});
	}

	/**
	 * Renames a key figure, if it still has the id the person saw, and rewrites everything that names it:
	 * the formulas of every field, scenario and uncertainty targets, realised values and conditions.
	 */
	@Transactional
	public StoredCase renameParameter(long userId, UUID id, int index, String expected, String newId) {
		return edit(userId, id, tree -> {
			JsonNode parameter = tree.path("parameters").path(index);
			if (!parameter.isObject() || !parameter.path("id").asString("").equals(expected)) {
				throw new ChangedMeanwhileException(Optional.ofNullable(parameter.get("id")));
			}
			if (!expected.equals(newId)) {
				ParameterRename.apply(tree, index, expected, newId);
			}
		});
	}

	/** Sets (or with no value removes) one changed value {@code target} of the scenario at {@code index}. */
	@Transactional
	public StoredCase setScenarioValue(long userId, UUID id, int index, String target, Optional<JsonNode> value) {
		return edit(userId, id, tree -> {
			if (!(tree.path("scenarios").path(index) instanceof ObjectNode scenario)) {
				throw new ChangedMeanwhileException(Optional.empty());
			}
			ObjectNode set = scenario.get("set") instanceof ObjectNode s ? s : scenario.putObject("set");
			if (value.isPresent()) {
				set.set(target, value.get());
			} else {
				set.remove(target);
			}
		});
	}

	/** A realised figure of a year changed on the Realisatie page: from what the person saw to what was typed. */
	public record ActualChange(int year, String field, Optional<JsonNode> expected, Optional<JsonNode> value) {
	}

	/**
	 * Sets realised figures (calculation.md 6.7) in one save. A change whose stored value is no longer the one
	 * the person saw is not applied: it is returned, and the others land. Nothing is saved when nothing changes.
	 */
	@Transactional
	public List<ActualChange> changeActuals(long userId, UUID id, List<ActualChange> changes) {
		StoredCase stored = locked(userId, id);
		Membership membership = editor(userId, id);
		ObjectNode tree = (ObjectNode) CaseJson.parse(stored.document());
		List<ActualChange> conflicts = new ArrayList<>();
		boolean changed = false;
		for (ActualChange change : changes) {
			Optional<JsonNode> current = RealisedFigures.get(tree, change.year(), change.field());
			if (!current.equals(change.expected())) {
				conflicts.add(change);
			} else if (!current.equals(change.value())) {
				RealisedFigures.set(tree, change.year(), change.field(), change.value());
				changed = true;
			}
		}
		if (changed) {
			upgradeWhereNeeded(tree);
			save(userId, stored, membership, tree, Optional.empty());
		}
		return conflicts;
	}

	/** Changes the uncertainty of a case (calculation.md 6.8): its inputs and iterations, as {@code change} says. */
	@Transactional
	public StoredCase changeUncertainty(long userId, UUID id, Consumer<ObjectNode> change) {
		return edit(userId, id, tree -> {
			change.accept(tree.get("uncertainty") instanceof ObjectNode u ? u : tree.putObject("uncertainty"));
			if (tree.path("uncertainty").path("inputs").isEmpty()) {
				tree.remove("uncertainty");
			} else if (tree.path("schemaVersion").asInt() == 1) {
				// version 1 accepts uncertainty and ignores it (calculation.md 2): it is given here to count
				tree.put("schemaVersion", 2);
			}
		});
	}

	/** Appends a line (a party, target group, activity, item or key) to a list of the case. */
	@Transactional
	public StoredCase addLine(long userId, UUID id, String list, ObjectNode line) {
		return edit(userId, id, tree -> {
			if (list.equals("targetGroups") && tree.path("targetGroups").size() == 1) {
				ImplicitGroups.pin(tree);
			}
			if (list.equals("arrangements") && tree.path("schemaVersion").asInt() == 1) {
				// version 1 accepts arrangements and ignores them (calculation.md 2): one is added to count
				tree.put("schemaVersion", 2);
			}
			(tree.get(list) instanceof ArrayNode lines ? lines : tree.putArray(list)).add(line);
		});
	}

	/**
	 * Adds a party's answer to a question of the conversation; {@link WriteRules} signs it with the writer's
	 * name and checks that a party-bound editor answers for its own party.
	 */
	@Transactional
	public StoredCase answer(long userId, UUID id, String question, String party, String text) {
		if (!Conversation.isQuestion(question) || text == null || text.isBlank()) {
			throw new StatusException(400, "gesprek.invalid");
		}
		return edit(userId, id, tree -> Conversation.answers(tree, question).addObject().put("party", party)
				.put("text", text.strip()));
	}

	/**
	 * Removes an answer of the conversation (its author's or, for an owner, anyone's), if the answer at
	 * {@code index} is still the one the person saw: the one written at {@code writtenAt}.
	 */
	@Transactional
	public StoredCase removeAnswer(long userId, UUID id, String question, int index, String writtenAt) {
		return edit(userId, id, tree -> {
			ArrayNode answers = Conversation.answers(tree, question);
			if (index < 0 || index >= answers.size() || !answers.get(index).path("at").asString("").equals(writtenAt)) {
				throw new ChangedMeanwhileException(Optional.empty());
			}
			answers.remove(index);
		});
	}

	/** Removes the line with the given id from a list of the case. */
	@Transactional
	public StoredCase removeLine(long userId, UUID id, String list, String lineId) {
		return edit(userId, id, tree -> {
			JsonNode lines = tree.path(list);
			for (int i = 0; i < lines.size(); i++) {
				if (lines.get(i).path("id").asString("").equals(lineId)) {
					((ArrayNode) lines).remove(i);
					return;
				}
			}
			throw new ChangedMeanwhileException(Optional.empty());
		});
	}

	/**
	 * One change of the latest version: the case's row is locked while the change is applied and saved, so
	 * that two people changing different fields at the same moment both land, one after the other.
	 */
	private StoredCase edit(long userId, UUID id, Consumer<ObjectNode> change) {
		StoredCase stored = locked(userId, id);
		Membership membership = editor(userId, id);
		ObjectNode tree = (ObjectNode) CaseJson.parse(stored.document());
		change.accept(tree);
		upgradeWhereNeeded(tree);
		return save(userId, stored, membership, tree, Optional.empty());
	}

	/**
	 * A case of version 1 that a page gives its first key figure, formula, scenario or arrangement becomes
	 * version 2:
	 * the person asked for what version 2 has, and version 2 gives a version 1 case the same figures.
	 */
	private static void upgradeWhereNeeded(ObjectNode tree) {
		if (tree.path("schemaVersion").asInt() != 1) {
			return;
		}
		try {
			CaseJson.read(tree);
		} catch (InvalidCaseException e) {
			if (e.problems().stream().anyMatch(p -> p.key().equals("error.needsVersion2"))) {
				tree.put("schemaVersion", 2);
			}
		}
	}

	/**
	 * Writes a new document as the next version, with its audit lines; one transaction. The document is
	 * validated (every problem at once), then checked against what the writer may change
	 * ({@link WriteRules}). {@code posted} is the text as the API received it, kept as it is unless the rules
	 * signed an answer in it.
	 */
	private StoredCase save(long userId, StoredCase stored, Membership membership, ObjectNode after,
			Optional<String> posted) {
		Case c = CaseJson.read(after);
		JsonNode before = CaseJson.parse(stored.document());
		Instant now = Instant.now();
		JsonNode asPosted = after.deepCopy();
		List<AuditChange> changes = WriteRules.check(new WriteRules.Writer(username(userId), membership), before,
				after, now);
		String document = posted.filter(text -> after.equals(asPosted)).orElseGet(after::toString);
		if (!store.update(stored.id(), stored.version(), c.name(), document, userId, now)) {
			throw new StatusException(412, "case.versionConflict", String.valueOf(existing(stored.id()).version()));
		}
		int version = stored.version() + 1;
		store.audit(stored.id(), Optional.of(version), userId, now, "UPDATE", changes);
		events.publishEvent(new CaseSaved(stored.id(), version, userId, before, after));
		return new StoredCase(stored.id(), c.name(), document, version, now);
	}

	/** The caller's membership when it may change the case. */
	private Membership editor(long userId, UUID id) {
		Membership membership = member(userId, id);
		if (!membership.role().mayEdit()) {
			throw new StatusException(403, "case.readOnly");
		}
		return membership;
	}

	/**
	 * The caller's place in the case. A case the caller is not a member of looks the same as one that does
	 * not exist (404), so that a stranger cannot probe which cases there are.
	 */
	@Transactional(readOnly = true)
	public Membership membership(long userId, UUID id) {
		return member(userId, id);
	}

	/**
	 * Records in the case's audit trail something a member did with a version that is not a change of its
	 * document ({@code action}, about {@code path}): an approval, a signature.
	 */
	@Transactional
	public void record(long userId, UUID id, int version, String action, String path) {
		store.audit(id, Optional.of(version), userId, Instant.now(), action, List.of(new AuditChange(path,
				Optional.empty(), Optional.empty())));
	}

	/**
	 * A copy of the latest version as a new case that the caller owns, under a new name. The caller can read
	 * the case, so a copy shows nothing new; the answers of Het goede gesprek stay with the case they were
	 * written in (in the copy they would be signed by the one who copied).
	 */
	@Transactional
	public UUID copy(long userId, UUID id, String name) {
		ObjectNode document = (ObjectNode) CaseJson.parse(get(userId, id).document());
		document.put("name", name);
		document.remove("conversation");
		return create(userId, document.toString());
	}

	@Transactional
	public void delete(long userId, UUID id) {
		StoredCase stored = existing(id);
		if (!member(userId, id).role().mayManage()) {
			throw new StatusException(403, "case.ownerOnly");
		}
		events.publishEvent(new CaseDeleting(id));
		store.audit(id, Optional.of(stored.version()), userId, Instant.now(), "DELETE",
				List.of(new AuditChange("", Optional.of(stored.name()), Optional.empty())));
		store.delete(id);
	}

	@Transactional(readOnly = true)
	public CalculationResult result(long userId, UUID id) {
		return SynchronousCalculation.calculate(CaseJson.read(get(userId, id).document()));
	}

	@Transactional(readOnly = true)
	public List<VersionInfo> versions(long userId, UUID id) {
		get(userId, id);
		return store.versions(id);
	}

	/**
	 * A version's document, for a feature that hears an event of this case (the caller was checked where the
	 * event came from).
	 */
	@Transactional(readOnly = true)
	public String versionOf(UUID id, int version) {
		return store.version(id, version).orElseThrow(() -> new StatusException(404, "case.versionNotFound"));
	}

	@Transactional(readOnly = true)
	public String version(long userId, UUID id, int version) {
		get(userId, id);
		return store.version(id, version).orElseThrow(() -> new StatusException(404, "case.versionNotFound"));
	}

	/**
	 * Makes an earlier version the latest again: its document saved as a new version, with the checks of any
	 * save (the caller's rights, the write rules of its party), and recorded as a restore. Nothing is saved
	 * when the latest version is that document already.
	 */
	@Transactional
	public StoredCase restore(long userId, UUID id, int version) {
		StoredCase stored = locked(userId, id);
		Membership membership = editor(userId, id);
		String earlier = store.version(id, version).orElseThrow(() -> new StatusException(404,
				"case.versionNotFound"));
		if (CaseJson.parse(earlier).equals(CaseJson.parse(stored.document()))) {
			return stored;
		}
		StoredCase saved = save(userId, stored, membership, (ObjectNode) CaseJson.parse(earlier),
				Optional.of(earlier));
		store.audit(id, Optional.of(saved.version()), userId, Instant.now(), "RESTORE", List.of(new AuditChange("",
				Optional.of(String.valueOf(version)), Optional.empty())));
		return saved;
	}

	@Transactional(readOnly = true)
	public List<AuditLine> audit(long userId, UUID id) {
		get(userId, id);
		return store.audit(id).stream().map(row -> new AuditLine(row.id(), row.at(), row.user(), row.action(),
				row.version(), row.path(), row.oldValue().map(CaseJson::parse), row.newValue().map(CaseJson::parse)))
				.toList();
	}

	/** Everyone in the case's audit trail, by account name. */
	@Transactional(readOnly = true)
	public Map<String, Person> people(long userId, UUID id) {
		get(userId, id);
		return store.people(id);
	}

	/** Whether an account is a member of a case the caller is a member of (a mention reaches members only). */
	@Transactional(readOnly = true)
	public boolean isMember(long userId, UUID id, long account) {
		member(userId, id);
		return store.membership(id, account).isPresent();
	}

	/**
	 * The parties of the latest version the caller acts for (approves its figures, signs in its name): the
	 * party a member who may edit is bound to; for the case's owner without a party, every party that no member
	 * is bound to (the mandate a kerngroep holds for the others; ADR 20, 21); for anyone else none.
	 */
	@Transactional(readOnly = true)
	public Set<String> actsFor(long userId, UUID id) {
		Membership membership = member(userId, id);
		if (membership.party().isPresent()) {
			return membership.role().mayEdit() ? Set.of(membership.party().get()) : Set.of();
		}
		if (membership.role() != Role.OWNER) {
			return Set.of();
		}
		Set<String> bound = store.members(id).stream().flatMap(m -> m.party().stream()).collect(Collectors.toSet());
		Set<String> unbound = new LinkedHashSet<>();
		for (JsonNode party : CaseJson.parse(existing(id).document()).path("parties")) {
			String partyId = party.path("id").asString("");
			if (!bound.contains(partyId)) {
				unbound.add(partyId);
			}
		}
		return unbound;
	}

	/**
	 * The accounts that are members of a case, for a feature that hears an event of this case (the caller was
	 * checked where the event came from).
	 */
	@Transactional(readOnly = true)
	public List<Long> memberIds(UUID id) {
		return store.memberIds(id);
	}

	@Transactional(readOnly = true)
	public List<Member> members(long userId, UUID id) {
		get(userId, id);
		return store.members(id);
	}

	/**
	 * Adds or changes a member (owners only), named by username or e-mail address; a party binding must name a
	 * party of the case. The case keeps an owner who can act: one that is not disabled. A new member is
	 * announced ({@link MemberAdded}); a changed role is not. Returns the member as the member list shows it,
	 * with its organisation: an address is set by an administrator and not verified (ADR 0023), so the owner
	 * sees whom it found.
	 */
	@Transactional
	public Member putMember(long userId, UUID id, String account, Role role, Optional<String> party) {
		StoredCase stored = lockedForMembers(id);
		if (!member(userId, id).role().mayManage()) {
			throw new StatusException(403, "case.ownerOnly");
		}
		// the request is checked before the account is looked up: its answer must not differ between an account
		// that exists and one that does not
		if (role == null) {
			throw new StatusException(400, "case.roleRequired");
		}
		if (party.isPresent()) {
			if (role != Role.EDITOR) {
				throw new StatusException(400, "case.partyOnlyForEditor");
			}
			boolean known = CaseJson.read(stored.document()).parties().stream()
					.anyMatch(p -> p.id().equals(party.get()));
			if (!known) {
				throw new StatusException(400, "case.unknownParty", party.get());
			}
		}
		// a member of the case is named in its member list already: found without the lookup and its limit, also
		// when its account is disabled, so that the owner can still change its role
		String named = account == null ? "" : account.strip();
		boolean listed = store.members(id).stream().anyMatch(m -> m.username().equals(named));
		UserAccount user = listed ? accounts.findByUsername(named).orElseThrow()
				: memberLookup.find(userId, account);
		events.publishEvent(new CaseMembersChanging(id));
		Optional<Membership> before = store.membership(id, user.id());
		if (before.isPresent() && before.get().role() == Role.OWNER && role != Role.OWNER
				&& store.otherActiveOwners(id, user.id()) == 0) {
			throw new StatusException(409, "case.lastOwner");
		}
		store.putMember(id, user.id(), role, party, userId, Instant.now());
		store.audit(id, Optional.empty(), userId, Instant.now(), "MEMBER", List.of(new AuditChange(
				"members." + user.username(), before.map(PartyBinding::describe), Optional.of(PartyBinding.describe(
						new Membership(role, party))))));
		if (before.isEmpty()) {
			events.publishEvent(new MemberAdded(id, user.id(), userId));
		}
		return store.members(id).stream().filter(m -> m.username().equals(user.username())).findFirst()
				.orElseThrow();
	}

	/** Removes a member (owners only), or the caller itself: every member may leave a case. */
	@Transactional
	public void removeMember(long userId, UUID id, String username) {
		lockedForMembers(id);
		Membership caller = member(userId, id);
		Optional<UserAccount> found = accounts.findByUsername(username);
		if (!caller.role().mayManage() && !found.map(u -> u.id() == userId).orElse(false)) {
			throw new StatusException(403, "case.ownerOnly");
		}
		// an unknown name gets the same answer as a non-member, so that removing does not tell who exists
		UserAccount user = found.orElseThrow(() -> new StatusException(404, "case.notAMember", username));
		Optional<Membership> before = store.membership(id, user.id());
		if (before.isEmpty()) {
			throw new StatusException(404, "case.notAMember", username);
		}
		events.publishEvent(new CaseMembersChanging(id));
		if (before.get().role() == Role.OWNER && store.otherActiveOwners(id, user.id()) == 0) {
			throw new StatusException(409, "case.lastOwner");
		}
		store.removeMember(id, user.id());
		store.audit(id, Optional.empty(), userId, Instant.now(), "MEMBER", List.of(new AuditChange(
				"members." + username, before.map(PartyBinding::describe), Optional.empty())));
	}

	private String username(long userId) {
		return accounts.findById(userId).map(UserAccount::username).orElseThrow();
	}

	private StoredCase existing(UUID id) {
		return store.find(id).orElseThrow(() -> new StatusException(404, "case.notFound"));
	}

	/**
	 * The case, locked until the transaction ends, so that owners are counted by one change at a time: two owners
	 * cannot each step down, nor one be disabled while the other steps down ({@code OwnerlessCases}).
	 */
	private StoredCase lockedForMembers(UUID id) {
		return store.findForUpdate(id).orElseThrow(() -> new StatusException(404, "case.notFound"));
	}

	/** The latest version, locked until the transaction ends: writes to one case happen one after the other. */
	private StoredCase locked(long userId, UUID id) {
		member(userId, id);
		return store.findForUpdate(id).orElseThrow(() -> new StatusException(404, "case.notFound"));
	}

	private Membership member(long userId, UUID id) {
		return store.membership(id, userId).orElseThrow(() -> new StatusException(404, "case.notFound"));
	}

	/** A membership as JSON text for the audit trail. */
	private static final class PartyBinding {

		private PartyBinding() {
		}

		static String describe(Membership m) {
			return m.party().map(p -> "{\"role\":\"" + m.role() + "\",\"party\":\"" + p + "\"}")
					.orElse("{\"role\":\"" + m.role() + "\"}");
		}
	}
}
