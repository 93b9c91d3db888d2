package org.hotline2110.notification.notice;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;

import io.quarkus.qute.TemplateExtension;

/** The Chinese words and local times e-mails use: {@code {level.label}}, {@code {clock.label}}, {@code {instant.local}}. */
@TemplateExtension
public final class Labels {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Labels() {
    }

    static String label(AlertLevel level) {
        return switch (level) {
            case RED -> "红灯（已超时）";
            case YELLOW -> "黄灯（即将超时）";
            case GREEN -> "绿灯（已恢复正常）";
        };
    }

    static String label(Clock clock) {
        return switch (clock) {
            case CONTACT -> "联系企业时限";
            case REPLY -> "初步答复时限";
            case RESOLVE -> "办结时限";
            case DISPATCH -> "人工派单时限";
        };
    }

    static String local(Instant instant) {
        return instant == null ? "" : LOCAL.format(instant.atZone(ZONE));
    }
}
