package nl.ontschot.app.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.ontschot.app.account.internal.ApiToken;
import nl.ontschot.app.account.internal.ApiTokenRepository;
import nl.ontschot.app.account.internal.OrganisationRepository;
import nl.ontschot.app.account.internal.UserAccountRepository;

/** Accounts, organisations and personal API tokens. */
@Service
public class AccountService {

	static final int MIN_PASSWORD_LENGTH = 10;
	/** bcrypt reads only the first 72 bytes; a longer password would be silently cut. */
	public static final int MAX_PASSWORD_BYTES = 72;
	public static final int MAX_NAME_LENGTH = 200;
	static final int MAX_TOKEN_NAME_LENGTH = 100;
	private static final SecureRandom RANDOM = new SecureRandom();
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final UserAccountRepository users;
	private final OrganisationRepository organisations;
	private final ApiTokenRepository tokens;
	private final PasswordEncoder passwordEncoder;
	private final InitialPasswordFile initialPasswordFile;

	AccountService(UserAccountRepository users, OrganisationRepository organisations, ApiTokenRepository tokens,
			PasswordEncoder passwordEncoder, InitialPasswordFile initialPasswordFile) {
		this.users = users;
		this.organisations = organisations;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.initialPasswordFile = initialPasswordFile;
	}

	/** A token of the given length from an alphabet without look-alike characters. */
	public static String randomSecret(int length) {
		StringBuilder secret = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			secret.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return secret.toString();
	}

	public boolean anyUser() {
		return users.count() > 0;
	}

	public Optional<UserAccount> findByUsername(String username) {
		// PostgreSQL cannot store or compare a NUL character, and no username contains one
		return username == null || username.indexOf('\0') >= 0 ? Optional.empty() : users.findByUsername(username);
	}

	public Optional<UserAccount> findById(long id) {
		return users.findById(id);
	}

	public Optional<Organisation> organisation(long id) {
		return organisations.findById(id);
	}

	public List<Organisation> organisations() {
		return organisations.findAll();
	}

	/**
	 * The organisation of this name, made when there is none. "gemeente" is the existing "Gemeente": a second
	 * organisation that differs only in case would split one organisation's people in two.
	 */
	@Transactional
	public Organisation organisationNamed(String name) {
		// a space pasted from a spreadsheet (a non-breaking one) is a space, or "Gemeente " would be another
		String plain = name.replaceAll("[\\p{Z}\\s]+", " ").strip();
		organisations.lockNaming();
		return organisations.findByNameIgnoringCase(plain)
				.orElseGet(() -> organisations.save(new Organisation(null, plain, Instant.now())));
	}

	@Transactional
	public UserAccount createUser(String username, String displayName, String password, String organisation,
			boolean admin) {
		checkVisibleText("organisation", organisation);
		checkLength("organisation", organisation, MAX_NAME_LENGTH);
		checkNewAccount(username, displayName, password);
		if (organisation == null || organisation.isBlank()) {
			throw new AccountProblem(400, "account.organisationRequired", "organisation");
		}
		Organisation org = organisationNamed(organisation.strip());
		return insert(username, displayName, password, org.id(), admin, null);
	}

	/**
	 * What every new account must be, whoever creates it: a free name of the allowed characters, a display name
	 * that fits and a password by the rules.
	 */
	public void checkNewAccount(String username, String displayName, String password) {
		checkVisibleText("username", username);
		checkVisibleText("displayName", displayName);
		checkText("password", password);
		checkLength("displayName", displayName, MAX_NAME_LENGTH);
		// a name that is someone's address would catch the invitations meant for them (ADR 0023)
		if (username != null && username.indexOf('@') >= 0) {
			throw new AccountProblem(400, "account.usernameWithAt", "username");
		}
		if (username == null || !username.matches("[A-Za-z0-9_.-]{2,64}")) {
			throw new AccountProblem(400, "account.usernameInvalid", "username");
		}
		// names differing only in case would let one person pass for another; V3 holds the database to it
		if (users.existsByUsernameIgnoringCase(username)) {
			throw new AccountProblem(409, "account.usernameTaken", "username");
		}
		checkPassword("password", password);
	}

	/** Stores an account that {@link #checkNewAccount} passed; {@code email} is null or checked by the caller. */
	public UserAccount insert(String username, String displayName, String password, long organisationId, boolean admin,
			String email) {
		String name = displayName == null || displayName.isBlank() ? username : displayName.strip();
		return save(new UserAccount(null, username, passwordEncoder.encode(password), name, organisationId, admin,
				Instant.now(), email, false, false));
	}

	/**
	 * Stores the account. The checks before found the name and address free, but another request may have taken
	 * one since (the same name in other letters, at the same moment): the database refuses it, and the answer is
	 * the one the check would have given.
	 */
	public UserAccount save(UserAccount account) {
		try {
			return users.save(account);
		} catch (DuplicateKeyException e) {
			throw String.valueOf(e.getMessage()).contains("app_user_email_lower")
					? new AccountProblem(409, "organisation.emailTaken", "email")
					: new AccountProblem(409, "account.usernameTaken", "username");
		}
	}

	/**
	 * Sets a new password; the caller has checked the current one (through the login throttle). Unless
	 * {@code keepTokens}, the account's personal tokens are revoked, as whoever knew the old password may
	 * have made one. Returns how many tokens were revoked.
	 */
	@Transactional
	public int changePassword(long userId, String replacement, boolean keepTokens) {
		UserAccount user = users.findById(userId).orElseThrow(() -> new AccountProblem(404, "account.notFound"));
		checkText("newPassword", replacement);
		checkPassword("newPassword", replacement);
		users.save(user.withPasswordHash(passwordEncoder.encode(replacement)));
		if (user.admin()) {
			initialPasswordFile.remove();
		}
		if (keepTokens) {
			return 0;
		}
		List<ApiToken> valid = tokens.findByUserIdOrderById(userId).stream().filter(t -> !t.revoked()).toList();
		Instant now = Instant.now();
		valid.forEach(t -> tokens.save(t.revoke(now)));
		return valid.size();
	}

	/** The one password rule, wherever a password is set. */
	private static void checkPassword(String field, String password) {
		if (password != null && !password.isEmpty()
				&& password.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
			throw new AccountProblem(400, "account.passwordBlank", field);
		}
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw new AccountProblem(400, "account.passwordTooShort", field);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			throw new AccountProblem(400, "account.passwordTooLong", field);
		}
	}

	/**
	 * A NUL character cannot be stored (PostgreSQL refuses it) and a lone UTF-16 surrogate is no character
	 * at all (it would be stored as "?"); neither is ever meant.
	 */
	static void checkText(String field, String value) {
		if (value == null) {
			return;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
					&& Character.isLowSurrogate(value.charAt(i + 1));
			if (paired) {
				i++;
			} else if (c == '\0' || Character.isSurrogate(c)) {
				throw new AccountProblem(400, "account.invalidCharacter", field);
			}
		}
	}

	/**
	 * What {@link #checkText} refuses, and besides any invisible format or control character (Unicode Cf, Cc: a
	 * zero-width space, a right-to-left override such as U+202E, a tab): in a name or an address it would make
	 * two different texts look the same, or one text look like another, to whoever reads it.
	 */
	public static void checkVisibleText(String field, String value) {
		checkText(field, value);
		if (value != null && value.codePoints().map(Character::getType)
				.anyMatch(t -> t == Character.FORMAT || t == Character.CONTROL)) {
			throw new AccountProblem(400, "account.invisibleCharacter", field);
		}
	}

	/** Counts characters as people see them: a pair of surrogates (an emoji, say) is one. */
	public static void checkLength(String field, String value, int max) {
		if (value != null && value.strip().codePointCount(0, value.strip().length()) > max) {
			throw new AccountProblem(400, "account.tooLong", field, max);
		}
	}

	/** A new personal token; the plain text is returned once and never stored. */
	@Transactional
	public CreatedToken createToken(long userId, String name) {
		checkText("name", name);
		checkLength("name", name, MAX_TOKEN_NAME_LENGTH);
		String plain = "ont_" + randomSecret(40);
		String label = name == null || name.isBlank() ? "token" : name.strip();
		ApiToken token = tokens.save(new ApiToken(null, userId, label, hash(plain), Instant.now(), null));
		return new CreatedToken(token, plain);
	}

	public record CreatedToken(ApiToken token, String plainText) {
	}

	public List<ApiToken> tokens(long userId) {
		return tokens.findByUserIdOrderById(userId);
	}

	@Transactional
	public void revokeToken(long userId, long tokenId) {
		ApiToken token = tokens.findById(tokenId).filter(t -> t.userId() == userId)
				.orElseThrow(() -> new AccountProblem(404, "account.tokenNotFound"));
		if (!token.revoked()) {
			tokens.save(token.revoke(Instant.now()));
		}
	}

	/** The owner of a valid (not revoked) token, unless the account is disabled. */
	public Optional<UserAccount> userForToken(String plain) {
		return tokens.findByTokenHash(hash(plain)).filter(t -> !t.revoked()).flatMap(t -> users.findById(t.userId()))
				.filter(u -> !u.disabled());
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
					.digest(token.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
