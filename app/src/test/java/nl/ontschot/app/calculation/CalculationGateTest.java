package nl.ontschot.app.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import nl.ontschot.app.calculation.internal.CalculationGate;

/** The gate in front of calculations: a bounded number at once, a bounded queue, a bounded wait. */
class CalculationGateTest {

	@Test
	void atMostTheGivenNumberRunAtOnceAndTheQueueIsBounded() throws Exception {
		CalculationGate gate = new CalculationGate(2, 3, Duration.ofSeconds(30));
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch refused = new CountDownLatch(5);
		AtomicInteger inside = new AtomicInteger();
		AtomicInteger mostInside = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(10);
		try {
			List<Future<Boolean>> turns = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				turns.add(pool.submit(() -> {
					if (!gate.enter()) {
						refused.countDown();
						return false;
					}
					try {
						mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
						release.await();
						return true;
					} finally {
						inside.decrementAndGet();
						gate.leave();
					}
				}));
			}
			// two run and three wait; the other five are turned away while nothing has been released
			assertThat(refused.await(30, TimeUnit.SECONDS)).isTrue();
			release.countDown();
			long served = 0;
			for (Future<Boolean> turn : turns) {
				served += turn.get() ? 1 : 0;
			}
			assertThat(served).isEqualTo(5);
			assertThat(mostInside.get()).isEqualTo(2);
		} finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aTurnNotFoundWithinTheLongestWaitIsRefused() throws Exception {
		CalculationGate gate = new CalculationGate(1, 5, Duration.ofMillis(50));
		assertThat(gate.enter()).isTrue();

		assertThat(gate.enter()).isFalse();
		gate.leave();
		assertThat(gate.enter()).isTrue();
	}
}
