package nl.ontschot.engine.model;

/** The kind of cost; a case chooses which categories count ("wat rekenen we als kostenpost?"). */
public enum Category {
	PERSONNEL, HOUSING, MATERIALS, ICT, TRAINING, PROJECT_MANAGEMENT, OVERHEAD, OTHER
}
