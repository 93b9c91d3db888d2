package org.hotline2110.platform.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.hotline2110.contracts.sla.AlertLevel;

import io.quarkus.qute.TemplateExtension;

/**
 * How pages write instants (Asia/Shanghai, whatever the server's zone) and lights (a word and a shape, never colour
 * alone).
 */
@TemplateExtension
public final class PageFormats {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);

    private PageFormats() {
    }

    /** {@code {deadline.shanghai}}: 2026-12-02 13:30; empty for none. */
    static String shanghai(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }

    static String shanghaiSeconds(Instant instant) {
        return instant == null ? "" : SECONDS.format(instant);
    }

    /** ISO instant for the countdown script and {@code <time datetime>}. */
    static String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    static String word(AlertLevel light) {
        return switch (light) {
            case GREEN -> "绿灯";
            case YELLOW -> "黄灯";
            case RED -> "红灯";
        };
    }

    /** A different shape per light, so the light reads in grey too. */
    static String icon(AlertLevel light) {
        return switch (light) {
            case GREEN -> "●";
            case YELLOW -> "▲";
            case RED -> "■";
        };
    }

    static String css(AlertLevel light) {
        return light.name().toLowerCase(java.util.Locale.ROOT);
    }
}
