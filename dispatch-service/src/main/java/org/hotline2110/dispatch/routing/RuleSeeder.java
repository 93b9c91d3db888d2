package org.hotline2110.dispatch.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.hotline2110.platform.sql.Timestamps;

import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;

/** A new database starts with the seed rules; from then on the rules are the database's, changed through the API. */
@ApplicationScoped
public class RuleSeeder {

    private static final Logger LOG = Logger.getLogger(RuleSeeder.class);

    void seed(@Observes StartupEvent start, Pool pool, RuleRepository rules, RuleValidator validator, ObjectMapper mapper) {
        var seeds = SeedRules.read(mapper);
        seeds.forEach(validator::check); // a broken seed file stops the service at once
        int written = pool.withTransaction(tx -> rules.seedIfEmpty(tx, seeds, Timestamps.now())).await().indefinitely();
        if (written > 0) {
            LOG.infof("Routing rules: %d seeded from seeds/routing-rules.json", written);
        }
    }
}
