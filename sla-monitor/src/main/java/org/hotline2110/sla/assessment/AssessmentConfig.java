package org.hotline2110.sla.assessment;

import io.smallrye.config.ConfigMapping;

/** The assessment's weights and threshold: policy, so configuration rather than code. */
@ConfigMapping(prefix = "hotline.assessment")
public interface AssessmentConfig {

    Weights weights();

    /** A department with fewer tickets in the period is listed, not ranked. */
    int minimumTickets();

    interface Weights {
        /** Of the response rate: the mean of contact on time and reply on time. */
        int response();

        int resolvedOnTime();

        int satisfaction();
    }
}
