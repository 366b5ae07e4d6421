package nl.ontschot.engine.formula;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The order in which key figures (parameters) can be evaluated: each after the ones it names. A cycle is an
 * error: "a cycle ("circular: a -> b -> a", reported at the first parameter on it)"; "A cycle is reported at
 * the first parameter in list order that lies on it."
 */
public final class Dependencies {

	private Dependencies() {
	}

	/**
	 * The evaluation order: each parameter after the ones it names, and otherwise in list order.
	 *
	 * @param ids the parameter ids in list order
	 * @param refs {@code refs.get(i)} = the names parameter i uses; names that are not ids are ignored here
	 * @return the indices of the parameters in an order to evaluate them
	 * @throws CircularException at the first parameter in list order that lies on a cycle
	 */
	public static int[] order(List<String> ids, List<List<String>> refs) {
		int n = ids.size();
		Map<String, Integer> index = new HashMap<>();
		for (int i = n - 1; i >= 0; i--) {
			index.put(ids.get(i), i);
		}
		// uses[i]: the parameters i names, each once, in the order named
		int[][] uses = new int[n][];
		List<List<Integer>> usedBy = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			usedBy.add(new ArrayList<>());
		}
		int[] waiting = new int[n];
		for (int i = 0; i < n; i++) {
			uses[i] = refs.get(i).stream().filter(index::containsKey).mapToInt(index::get).distinct().toArray();
			waiting[i] = uses[i].length;
			for (int j : uses[i]) {
				usedBy.get(j).add(i);
			}
		}
		// Kahn's algorithm taking the lowest ready index first, so the order stays close to the list
		PriorityQueue<Integer> ready = new PriorityQueue<>();
		for (int i = 0; i < n; i++) {
			if (waiting[i] == 0) {
				ready.add(i);
			}
		}
		int[] order = new int[n];
		int done = 0;
		while (!ready.isEmpty()) {
			int i = ready.poll();
			order[done++] = i;
			for (int user : usedBy.get(i)) {
				if (--waiting[user] == 0) {
					ready.add(user);
				}
			}
		}
		if (done < n) {
			throw circular(ids, uses, waiting);
		}
		return order;
	}

	/**
	 * What is left lies on a cycle or depends on one. The first in list order that can reach itself lies on
	 * one; the way round is found breadth first, so it is a shortest one.
	 */
	private static CircularException circular(List<String> ids, int[][] uses, int[] waiting) {
		for (int start = 0; start < ids.size(); start++) {
			if (waiting[start] == 0) {
				continue;
			}
			int[] previous = new int[ids.size()];
			Arrays.fill(previous, -1);
			ArrayDeque<Integer> queue = new ArrayDeque<>();
			queue.add(start);
			boolean[] seen = new boolean[ids.size()];
			while (!queue.isEmpty()) {
				int i = queue.poll();
				for (int j : uses[i]) {
					if (j == start) {
						return new CircularException(start, path(ids, previous, start, i));
					}
					if (!seen[j] && waiting[j] > 0) {
						seen[j] = true;
						previous[j] = i;
						queue.add(j);
					}
				}
			}
		}
		throw new IllegalStateException("no cycle among the parameters left");
	}

	/** "start -> ... -> last -> start", following {@code previous} back from the last step. */
	private static String path(List<String> ids, int[] previous, int start, int last) {
		List<String> way = new ArrayList<>();
		way.add(ids.get(start));
		for (int i = last; i != start; i = previous[i]) {
			way.add(ids.get(i));
		}
		way.add(ids.get(start));
		// collected from the end backwards except for the closing start; put the middle in order
		List<String> middle = way.subList(1, way.size() - 1);
		Collections.reverse(middle);
		return String.join(" -> ", way);
	}

	/** A cycle among the parameters; the caller reports {@code error.formula.circular} {0}={@link #path()}. */
	public static final class CircularException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final int at;
		private final String path;

		CircularException(int at, String path) {
			super("circular: " + path, null, false, false);
			this.at = at;
			this.path = path;
		}

		/** The index of the first parameter in list order that lies on a cycle. */
		public int at() {
			return at;
		}

		/** {@code "a -> b -> a"}, starting and ending at that parameter, following one shortest way round. */
		public String path() {
			return path;
		}
	}
}
