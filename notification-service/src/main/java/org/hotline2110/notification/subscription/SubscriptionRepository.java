package org.hotline2110.notification.subscription;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;
import org.hotline2110.platform.paging.Paging;
import org.hotline2110.platform.sql.Timestamps;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** Subscriptions, their webhook secret encrypted by {@link SecretCipher}. */
@ApplicationScoped
public class SubscriptionRepository {

    private final SecretCipher cipher;

    public SubscriptionRepository(SecretCipher cipher) {
        this.cipher = cipher;
    }

    public Uni<Void> insert(SqlClient client, Subscription s) {
        return client.preparedQuery("""
                        INSERT INTO subscription (id, name, owner, owner_subject, department, levels, clocks, urging,
                                                  digest, channel, url, email, secret, active, created_at)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, TRUE, $14)""")
                .execute(Tuple.tuple().addUUID(s.id()).addString(s.name()).addString(s.owner())
                        .addString(s.ownerSubject()).addString(s.department())
                        .addArrayOfString(names(s.levels()))
                        .addArrayOfString(names(s.clocks()))
                        .addBoolean(s.urging()).addBoolean(s.digest()).addString(s.channel().name())
                        .addString(s.url()).addString(s.email())
                        .addString(s.secret() == null ? null : cipher.encrypt(s.secret(), s.id().toString()))
                        .addOffsetDateTime(Timestamps.utc(s.createdAt())))
                .replaceWithVoid();
    }

    /** Active subscriptions, newest first, a page at a time, optionally of one department (exactly) or channel. */
    public Uni<List<Subscription>> findActive(SqlClient client, String department, Channel channel, int page,
            int size) {
        return client.preparedQuery("""
                        SELECT * FROM subscription
                        WHERE active AND ($1::text IS NULL OR department = $1) AND ($2::text IS NULL OR channel = $2)
                        ORDER BY created_at DESC, id LIMIT $3 OFFSET $4""")
                .execute(Tuple.of(department, channel == null ? null : channel.name(), size,
                        Paging.offset(page, size)))
                .map(SubscriptionRepository::all);
    }

    public Uni<Optional<Subscription>> find(SqlClient client, UUID id) {
        return client.preparedQuery("SELECT * FROM subscription WHERE id = $1").execute(Tuple.of(id))
                .map(rows -> all(rows).stream().findFirst());
    }

    /** Stops new deliveries; the log keeps what was delivered. True when it was active. */
    public Uni<Boolean> deactivate(SqlClient client, UUID id) {
        return client.preparedQuery("UPDATE subscription SET active = FALSE WHERE id = $1 AND active")
                .execute(Tuple.of(id)).map(result -> result.rowCount() == 1);
    }

    private static List<Subscription> all(RowSet<Row> rows) {
        List<Subscription> list = new ArrayList<>();
        rows.forEach(row -> list.add(view(row).withoutSecret()));
        return list;
    }

    private static Subscription view(Row row) {
        return new Subscription(row.getUUID("id"), row.getString("name"), row.getString("owner"),
                row.getString("owner_subject"), row.getString("department"),
                enums(row.getArrayOfStrings("levels"), AlertLevel::valueOf, AlertLevel.class),
                enums(row.getArrayOfStrings("clocks"), Clock::valueOf, Clock.class),
                row.getBoolean("urging"), row.getBoolean("digest"), Channel.valueOf(row.getString("channel")),
                row.getString("url"), row.getString("email"), row.getString("secret"), row.getBoolean("active"),
                row.getOffsetDateTime("created_at").toInstant());
    }

    private static String[] names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private static <E extends Enum<E>> Set<E> enums(String[] names, Function<String, E> parse, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        set.addAll(Arrays.stream(names).map(parse).collect(Collectors.toSet()));
        return set;
    }
}
