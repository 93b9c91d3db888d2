package org.hotline2110.sla.assessment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Binds a period's {@code :start}, {@code :end} and {@code :as_of} wherever the SQL names them. */
final class NamedInstants {

    private static final Pattern NAME = Pattern.compile("(?<!:):(start|end|as_of)\\b");

    private NamedInstants() {
    }

    static PreparedStatement prepare(Connection connection, String sql, Period period) throws SQLException {
        List<Instant> values = new ArrayList<>();
        Matcher names = NAME.matcher(sql);
        StringBuilder jdbc = new StringBuilder();
        while (names.find()) {
            values.add(switch (names.group(1)) {
                case "start" -> period.start();
                case "end" -> period.end();
                default -> period.asOf();
            });
            names.appendReplacement(jdbc, "?::timestamptz");
        }
        names.appendTail(jdbc);
        PreparedStatement statement = connection.prepareStatement(jdbc.toString());
        for (int i = 0; i < values.size(); i++) {
            statement.setTimestamp(i + 1, Timestamp.from(values.get(i)));
        }
        return statement;
    }
}
