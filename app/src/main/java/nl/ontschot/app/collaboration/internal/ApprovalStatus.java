package nl.ontschot.app.collaboration.internal;

/** Where a party stands with its own figures. */
public enum ApprovalStatus {
	/** It approved a version, and no later save changed its own figures. */
	APPROVED,
	/** It approved a version, and a later save changed its own figures: the approval is withdrawn. */
	CHANGED_SINCE_APPROVAL,
	/** It has not approved any version. */
	NOT_APPROVED
}
