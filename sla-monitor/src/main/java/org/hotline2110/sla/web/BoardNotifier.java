package org.hotline2110.sla.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
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

    private final PgSubscriber subscriber;

    BoardNotifier(Vertx vertx, PageEvents events, @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        PgConnectOptions options = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""))
                .setUser(user).setPassword(password);
        this.subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 1000L);
        subscriber.channel(CHANNEL).handler(department ->
                events.publish(new PageEvent("board", department == null || department.isEmpty() ? null : department)));
    }

    void start(@Observes StartupEvent started) {
        subscriber.connect().subscribe().with(ok -> LOG.debug("Listening for board changes"),
                failure -> LOG.warnf("Board changes not heard yet (%s); retrying", failure.getMessage()));
    }

    void stop(@Observes ShutdownEvent stopping) {
        subscriber.close().subscribe().with(ok -> { }, failure -> { });
    }
}
