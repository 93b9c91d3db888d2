package org.hotline2110.platform.sql;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Instants as PostgreSQL keeps them: {@code timestamptz}, to the microsecond. */
public final class Timestamps {

    private Timestamps() {
    }

    /** Now, cut to what the database stores, so a value read back equals the value written. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** The form the reactive client binds to a {@code timestamptz} parameter. */
    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
