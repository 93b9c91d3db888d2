package org.hotline2110.platform.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "hotline.outbox")
public interface OutboxConfig {

    /** CloudEvents {@code ce_source} of everything this service publishes. */
    String source();

    /** How often the relay looks for committed events; it also bounds how late an event leaves. */
    @WithDefault("0.1s")
    Duration interval();

    /** Rows published per transaction; a full batch is followed at once by the next. */
    @WithDefault("500")
    int batchSize();

    /** How long a batch may take to be committed in Kafka before it is given up and retried. */
    @WithDefault("30s")
    Duration sendTimeout();

    /** How long the relay waits after a failed batch (a broker away) before it tries again. */
    @WithDefault("1s")
    Duration retryBackoff();
}
