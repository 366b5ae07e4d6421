package nl.ontschot.app.cases;

/** What a member may do with a case. */
public enum Role {
	/** Everything, including members and deleting the case. */
	OWNER,
	/** Change the case; when bound to a party, only that party's own figures. */
	EDITOR,
	/** Read the case, its result, versions and audit trail. */
	VIEWER;

	public boolean mayEdit() {
		return this != VIEWER;
	}

	public boolean mayManage() {
		return this == OWNER;
	}
}
