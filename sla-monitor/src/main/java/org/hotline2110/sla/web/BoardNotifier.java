package org.hotline2110.sla.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.Config;
import org.hotline2110.platform.web.live.PageEvent;
import org.hotline2110.platform.web.live.PageEvents;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;

/**
 * Turns the database's {@code hotline_board} notifications into page events. A trigger on the clock and ticket tables
 * sends one, and PostgreSQL delivers it only once the change has committed, to every sla-monitor instance: whichever
 * instance raised the alert or applied the event, every open board hears of it. The subscriber reconnects by itself.
 */
@ApplicationScoped
class BoardNotifier {

    static final String CHANNEL = "hotline_board";
    private static final Logger LOG = Logger.getLogger(BoardNotifier.class);

    private final Vertx vertx;
    private final PageEvents events;
    private final Config config;
    private PgSubscriber subscriber;

    BoardNotifier(Vertx vertx, PageEvents events, Config config) {
        this.vertx = vertx;
        this.events = events;
        this.config = config;
    }

    /**
     * The datasource's settings are read here, not injected: injection would fail at start, before the production
     * profile's own check could name every missing variable.
     */
    void start(@Observes StartupEvent started) {
        String url = config.getValue("quarkus.datasource.reactive.url", String.class);
        PgConnectOptions options = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""))
                .setUser(config.getValue("quarkus.datasource.username", String.class))
                .setPassword(config.getValue("quarkus.datasource.password", String.class));
        subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 1000L);
        subscriber.channel(CHANNEL).handler(department ->
                events.publish(new PageEvent("board", department == null || department.isEmpty() ? null : department)));
        subscriber.connect().subscribe().with(ok -> LOG.debug("Listening for board changes"),
                failure -> LOG.warnf("Board changes not heard yet (%s); retrying", failure.getMessage()));
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (subscriber == null) {
            return;
        }
        subscriber.close().subscribe().with(ok -> { }, failure -> { });
    }
}
