package org.hotline2110.sla.alert;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the alert scheduler finds its work; see {@link AlertScheduler}. */
@ConfigMapping(prefix = "hotline.sla.scan")
public interface ScanConfig {

    /**
     * How often the safety scan raises whatever is due and reloads the thresholds ahead. A clock this instance was not
     * told about (another instance wrote it) can be late by this much, and only when it falls due this soon.
     */
    @WithDefault("5s")
    Duration interval();

    /** How far ahead thresholds are held in memory, each fired by a timer at its instant. */
    @WithDefault("2m")
    Duration horizon();

    /** Transactions claiming due clocks side by side; {@code SKIP LOCKED} keeps them from taking the same clock. */
    @WithDefault("2")
    int claimers();

    /** Clocks claimed and raised per transaction. */
    @WithDefault("500")
    int batchSize();
}
