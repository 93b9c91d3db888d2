package org.hotline2110.sla.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import jakarta.ws.rs.core.MultivaluedHashMap;

import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;
import org.junit.jupiter.api.Test;

class BoardFilterTest {

    private static BoardFilter of(String... pairs) {
        MultivaluedHashMap<String, String> query = new MultivaluedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            query.add(pairs[i], pairs[i + 1]);
        }
        return BoardFilter.of(query, Set.of("approvals", "financing"));
    }

    @Test
    void aKnownFilterIsKeptAndWrittenBackToTheUrl() {
        BoardFilter filter = of("department", "tax", "topic", "approvals", "clock", "REPLY", "light", "RED",
                "town", "新桥镇");
        assertThat(filter.problems()).isEmpty();
        assertThat(filter.clock()).isEqualTo(Clock.REPLY);
        assertThat(filter.light()).isEqualTo(AlertLevel.RED);
        assertThat(filter.listing()).isTrue();
        assertThat(filter.query())
                .isEqualTo("department=tax&town=%E6%96%B0%E6%A1%A5%E9%95%87&topic=approvals&clock=REPLY&light=RED");
    }

    @Test
    void whatTheBoardDoesNotKnowIsSaidInChineseAndLeftOut() {
        BoardFilter filter = of("light", "PURPLE", "clock", "LUNCH", "topic", "weather", "colour", "red");
        assertThat(filter.problems()).containsExactly("未知的筛选条件“colour”，已忽略。", "未知的诉求类别“weather”，已忽略。",
                "未知的时限“LUNCH”，已忽略。", "未知的灯色“PURPLE”，已忽略。");
        assertThat(filter.light()).isNull();
        assertThat(filter.clock()).isNull();
        assertThat(filter.topic()).isNull();
        assertThat(filter.query()).isEmpty();
        assertThat(filter.listing()).isFalse();
    }

    @Test
    void theExportsCsvReadsBackWithQuotesCommasAndNewlines() {
        String csv = "\uFEFF工单编号,诉求\r\nKH-1,\"诉求, 含逗号\"\r\nKH-2,\"第一行\n第二行 \"\"引号\"\"\"\r\n";
        assertThat(CsvRows.parse(csv)).containsExactly(List.of("工单编号", "诉求"), List.of("KH-1", "诉求, 含逗号"),
                List.of("KH-2", "第一行\n第二行 \"引号\""));
    }
}
