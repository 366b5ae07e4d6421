package nl.ontschot.engine.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** "A cycle is reported at the first parameter in list order that lies on it." */
class DependenciesTest {

	private static List<String> ids(String... ids) {
		return List.of(ids);
	}

	private static List<List<String>> refs(String... refs) {
		return Arrays.stream(refs).map(r -> r.isEmpty() ? List.<String>of() : List.of(r.split(" "))).toList();
	}

	@Test
	void eachParameterComesAfterTheOnesItNames() {
		// c = a + b, a = b * 2, b = 3
		int[] order = Dependencies.order(ids("c", "a", "b"), refs("a b", "b", ""));
		assertThat(order).containsExactly(2, 1, 0);
	}

	@Test
	void otherwiseTheListOrderIsKept() {
		assertThat(Dependencies.order(ids("a", "b", "c"), refs("", "", ""))).containsExactly(0, 1, 2);
		// only d must move: it comes right after the one it names
		assertThat(Dependencies.order(ids("d", "a", "b"), refs("b", "", ""))).containsExactly(1, 2, 0);
		assertThat(Dependencies.order(ids(), refs())).isEmpty();
	}

	@Test
	void namesThatAreNotIdsAndRepeatedNamesAreIgnored() {
		assertThat(Dependencies.order(ids("a", "b"), refs("x b b t", "y"))).containsExactly(1, 0);
	}

	@Test
	void aCycleIsReportedAtItsFirstParameterWithAShortestWayRound() {
		Dependencies.CircularException e = catchThrowableOfType(
				() -> Dependencies.order(ids("a", "b"), refs("b", "a")), Dependencies.CircularException.class);
		assertThat(e.at()).isZero();
		assertThat(e.path()).isEqualTo("a -> b -> a");
	}

	@Test
	void theFirstParameterInListOrderOnACycleNotTheFirstFound() {
		// x depends on the cycle but is not on it; the cycle b -> c -> d -> b is reported at b
		Dependencies.CircularException e = catchThrowableOfType(
				() -> Dependencies.order(ids("x", "d", "b", "c"), refs("d", "b", "c", "d")),
				Dependencies.CircularException.class);
		assertThat(e.at()).isEqualTo(1);
		assertThat(e.path()).isEqualTo("d -> b -> c -> d");
	}

	@Test
	void theShortestWayRoundIsTaken() {
		// a -> b -> c -> a and a -> c -> a: the second is shorter
		Dependencies.CircularException e = catchThrowableOfType(
				() -> Dependencies.order(ids("a", "b", "c"), refs("b c", "c", "a")),
				Dependencies.CircularException.class);
		assertThat(e.path()).isEqualTo("a -> c -> a");
	}

	@Test
	void aParameterThatNamesItselfIsACycle() {
		Dependencies.CircularException e = catchThrowableOfType(
				() -> Dependencies.order(ids("a", "b"), refs("", "a b")), Dependencies.CircularException.class);
		assertThat(e.at()).isEqualTo(1);
		assertThat(e.path()).isEqualTo("b -> b");
	}

	@Test
	void aLongChainNeedsNoDeepStack() {
		int n = 100_000;
		String[] ids = new String[n];
		String[] refs = new String[n];
		for (int i = 0; i < n; i++) {
			ids[i] = "p" + i;
			refs[i] = i + 1 < n ? "p" + (i + 1) : "";
		}
		int[] order = Dependencies.order(ids(ids), refs(refs));
		assertThat(order[0]).isEqualTo(n - 1);
		assertThat(order[n - 1]).isZero();
	}
}
