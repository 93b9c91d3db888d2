package org.hotline2110.sla.assessment;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** The assessment's weights and threshold: policy, so configuration rather than code. */
@ConfigMapping(prefix = "hotline.assessment")
public interface AssessmentConfig {

    Weights weights();

    /** A department with fewer tickets in the period is listed, not ranked. */
    int minimumTickets();

    /** How many reads of each kind may run at once; together at most the JDBC pool's size. */
    Concurrency concurrency();

    interface Concurrency {
        int summaries();

        int exports();

        /** What a refused request is told to wait (Retry-After). */
        Duration retryAfter();
    }

    interface Weights {
        /** Of the response rate: the mean of contact on time and reply on time. */
        int response();

        int resolvedOnTime();

        int satisfaction();
    }
}
