package nl.ontschot.engine.json;

import java.util.ArrayList;
import java.util.List;

import nl.ontschot.engine.Notice;

/** Collects every problem found while reading a case, so that all are reported at once. */
final class Problems {

	private final List<Notice> found = new ArrayList<>();

	void add(String path, String key, Object... args) {
		found.add(Notice.of(path, key, args));
	}

	boolean any() {
		return !found.isEmpty();
	}

	int count() {
		return found.size();
	}

	List<Notice> all() {
		return List.copyOf(found);
	}
}
