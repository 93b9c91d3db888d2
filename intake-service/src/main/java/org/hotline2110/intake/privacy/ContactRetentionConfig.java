package org.hotline2110.intake.privacy;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

/** How long a closed ticket keeps its contact's name and phone, and how the erasure goes about it. */
@ConfigMapping(prefix = "hotline.intake")
public interface ContactRetentionConfig {

    /** From the ticket's close to the erasure of its contact details. */
    @WithName("contact-retention")
    Duration retention();

    @WithName("contact-erasure")
    Erasure erasure();

    interface Erasure {
        /** How often the job looks for what is due, read by its {@code @Scheduled} ("off": never). */
        String every();

        /** How long after start it first looks. */
        String delay();

        /** Tickets per transaction: each batch locks only its own rows, briefly. */
        int batch();
    }
}
