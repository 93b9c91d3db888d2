package org.hotline2110.sla.assessment;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hotline2110.platform.problem.ProblemException;

import io.quarkus.runtime.Startup;

/**
 * How many assessment reads may hold a JDBC connection at once, per kind: summaries and exports each have their own
 * limit, and the two together fit in the pool, so a burst of summaries never leaves an export waiting for a
 * connection. A read past its limit is refused at once (429) instead of queueing on the pool.
 */
@Startup
@ApplicationScoped
public class AssessmentPermits {

    /** Summaries count a period; exports also list its tickets, and run longer. */
    public enum Kind {
        SUMMARY, EXPORT
    }

    private final AssessmentConfig.Concurrency config;
    private final Semaphore summaries;
    private final Semaphore exports;

    public AssessmentPermits(AssessmentConfig config,
            @ConfigProperty(name = "quarkus.datasource.jdbc.max-size") int poolSize) {
        this.config = config.concurrency();
        if (this.config.summaries() + this.config.exports() > poolSize) {
            throw new IllegalStateException("hotline.assessment.concurrency: " + this.config.summaries()
                    + " summaries and " + this.config.exports() + " exports need " + (this.config.summaries()
                            + this.config.exports()) + " JDBC connections; quarkus.datasource.jdbc.max-size is "
                    + poolSize);
        }
        this.summaries = new Semaphore(this.config.summaries());
        this.exports = new Semaphore(this.config.exports());
    }

    /** A permit to hold until the read's connection is given back; 429 when none is free. */
    public Permit acquire(Kind kind) {
        Semaphore permits = kind == Kind.SUMMARY ? summaries : exports;
        if (!permits.tryAcquire()) {
            throw ProblemException.tooBusy("as many assessment " + (kind == Kind.SUMMARY ? "summaries" : "exports")
                    + " as allowed are running; try again shortly", config.retryAfter());
        }
        return new Permit(permits);
    }

    /** Given back once, however often it is closed. */
    public static final class Permit implements AutoCloseable {

        private final Semaphore permits;
        private final AtomicBoolean released = new AtomicBoolean();

        private Permit(Semaphore permits) {
            this.permits = permits;
        }

        @Override
        public void close() {
            if (released.compareAndSet(false, true)) {
                permits.release();
            }
        }
    }
}
