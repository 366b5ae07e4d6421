package nl.ontschot.app.calculation.internal;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds how many calculations run at once, so that many large cases at the same moment cannot fill the
 * heap: at most {@code running} at a time, at most {@code queued} waiting for a turn, each for at most
 * {@code maxWait}. Whoever finds the queue full, or waits too long, is told to come back later.
 */
public final class CalculationGate {

	private final Semaphore running;
	private final int queued;
	private final Duration maxWait;
	private final AtomicInteger waiting = new AtomicInteger();

	public CalculationGate(int running, int queued, Duration maxWait) {
		this.running = new Semaphore(running, true);
		this.queued = queued;
		this.maxWait = maxWait;
	}

	/** Takes a turn, waiting in the queue if needed; false when the queue is full or the wait too long. */
	public boolean enter() throws InterruptedException {
		if (running.tryAcquire()) {
			return true;
		}
		if (waiting.incrementAndGet() > queued) {
			waiting.decrementAndGet();
			return false;
		}
		try {
			return running.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
		} finally {
			waiting.decrementAndGet();
		}
	}

	/** Gives back a turn taken with {@link #enter()}. */
	public void leave() {
		running.release();
	}
}
