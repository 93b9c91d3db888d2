package org.hotline2110.dispatch.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hotline2110.platform.paging.Paging;
import org.hotline2110.platform.sql.Timestamps;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** The routing rules in force, in their listed order, and the history of every change to them. */
@ApplicationScoped
public class RuleRepository {

    private final ObjectMapper mapper;

    public RuleRepository(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public record StoredRule(RoutingRule rule, int version, String updatedBy, Instant updatedAt) {
    }

    public record Change(long id, String ruleId, int version, String change, RoutingRule rule, String changedBy,
            Instant changedAt) {
    }

    public Uni<List<RoutingRule>> all(SqlClient client) {
        return client.query("SELECT * FROM routing_rule ORDER BY position").execute()
                .map(rows -> stored(rows).stream().map(StoredRule::rule).toList());
    }

    public Uni<List<StoredRule>> allStored(SqlClient client, int page, int size) {
        return client.preparedQuery("SELECT * FROM routing_rule ORDER BY position, id LIMIT $1 OFFSET $2")
                .execute(Tuple.of(size, Paging.offset(page, size))).map(this::stored);
    }

    public Uni<Optional<StoredRule>> find(SqlClient client, String id) {
        return client.preparedQuery("SELECT * FROM routing_rule WHERE id = $1").execute(Tuple.of(id))
                .map(rows -> stored(rows).stream().findFirst());
    }

    /** Creates or replaces the rule; a new one is listed last. Answers its new version. */
    public Uni<Integer> put(SqlClient tx, RoutingRule rule, String by, Instant at) {
        return tx.preparedQuery("""
                        INSERT INTO routing_rule (id, position, rule, updated_by, updated_at)
                        VALUES ($1, (SELECT COALESCE(max(position), 0) + 1 FROM routing_rule), $2, $3, $4)
                        ON CONFLICT (id) DO UPDATE SET rule = EXCLUDED.rule, version = routing_rule.version + 1,
                                                       updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
                        RETURNING version""")
                .execute(Tuple.of(rule.id(), json(rule), by, Timestamps.utc(at)))
                .map(rows -> rows.iterator().next().getInteger("version"))
                .call(version -> history(tx, rule.id(), version, version == 1 ? "CREATED" : "UPDATED", rule, by, at));
    }

    /** Answers false when there was no such rule. */
    public Uni<Boolean> delete(SqlClient tx, String id, String by, Instant at) {
        return tx.preparedQuery("DELETE FROM routing_rule WHERE id = $1 RETURNING version").execute(Tuple.of(id))
                .flatMap(rows -> rows.rowCount() == 0 ? Uni.createFrom().item(false)
                        : history(tx, id, rows.iterator().next().getInteger("version") + 1, "DELETED", null, by, at)
                                .replaceWith(true));
    }

    /** Seeds an empty table; answers how many rules were written (none when another instance seeded first). */
    public Uni<Integer> seedIfEmpty(SqlClient tx, List<RoutingRule> rules, Instant at) {
        return tx.query("LOCK TABLE routing_rule IN EXCLUSIVE MODE").execute()
                .flatMap(locked -> tx.query("SELECT count(*) FROM routing_rule").execute())
                .flatMap(rows -> {
                    if (rows.iterator().next().getLong(0) > 0) {
                        return Uni.createFrom().item(0);
                    }
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (RoutingRule rule : rules) {
                        chain = chain.call(() -> put(tx, rule, "seeds/routing-rules.json", at));
                    }
                    return chain.replaceWith(rules.size());
                });
    }

    public Uni<List<Change>> history(SqlClient client, String id, int page, int size) {
        return client.preparedQuery("SELECT * FROM routing_rule_history WHERE rule_id = $1 ORDER BY id LIMIT $2 OFFSET $3")
                .execute(Tuple.of(id, size, Paging.offset(page, size)))
                .map(rows -> {
                    List<Change> changes = new ArrayList<>();
                    rows.forEach(row -> {
                        Object rule = row.getValue("rule");
                        changes.add(new Change(row.getLong("id"), row.getString("rule_id"), row.getInteger("version"),
                                row.getString("change"), rule == null ? null : read((JsonObject) rule),
                                row.getString("changed_by"), row.getOffsetDateTime("changed_at").toInstant()));
                    });
                    return changes;
                });
    }

    private Uni<Void> history(SqlClient tx, String id, int version, String change, RoutingRule rule, String by, Instant at) {
        return tx.preparedQuery("""
                        INSERT INTO routing_rule_history (rule_id, version, change, rule, changed_by, changed_at)
                        VALUES ($1, $2, $3, $4, $5, $6)""")
                .execute(Tuple.of(id, version, change, rule == null ? null : json(rule), by, Timestamps.utc(at)))
                .replaceWithVoid();
    }

    private List<StoredRule> stored(RowSet<Row> rows) {
        List<StoredRule> rules = new ArrayList<>();
        rows.forEach(row -> rules.add(new StoredRule(read((JsonObject) row.getValue("rule")), row.getInteger("version"),
                row.getString("updated_by"), row.getOffsetDateTime("updated_at").toInstant())));
        return rules;
    }

    private JsonObject json(RoutingRule rule) {
        try {
            return new JsonObject(mapper.writeValueAsString(rule));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A routing rule cannot be written as JSON", e);
        }
    }

    private RoutingRule read(JsonObject json) {
        try {
            return mapper.readValue(json.encode(), RoutingRule.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored routing rule cannot be read", e);
        }
    }
}
