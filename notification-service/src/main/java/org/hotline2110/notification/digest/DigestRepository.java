package org.hotline2110.notification.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.platform.sql.Timestamps;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

@ApplicationScoped
public class DigestRepository {

    public Uni<Boolean> composed(SqlClient client, LocalDate day) {
        return client.preparedQuery("SELECT 1 FROM digest_run WHERE day = $1").execute(Tuple.of(day))
                .map(rows -> rows.size() == 1);
    }

    /** True for the one instance (or retry) that records the day first. */
    public Uni<Boolean> claim(SqlClient tx, LocalDate day, boolean workingDay, Instant at) {
        return tx.preparedQuery("""
                        INSERT INTO digest_run (day, working_day, composed_at) VALUES ($1, $2, $3)
                        ON CONFLICT (day) DO NOTHING""")
                .execute(Tuple.of(day, workingDay, Timestamps.utc(at)))
                .map(result -> result.rowCount() == 1);
    }

    /** The departments digest subscriptions follow; null stands for the subscriptions that follow every one. */
    public Uni<List<String>> followedDepartments(SqlClient client) {
        return client.query("SELECT DISTINCT department FROM subscription WHERE active AND digest").execute()
                .map(rows -> {
                    List<String> departments = new ArrayList<>();
                    rows.forEach(row -> departments.add(row.getString("department")));
                    return departments;
                });
    }
}
