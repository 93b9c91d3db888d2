package org.hotline2110.sla.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.MultivaluedMap;

import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.contracts.sla.Clock;

import io.quarkus.qute.TemplateData;

/**
 * The board's filters, as kept in the URL so that a view can be bookmarked. Anything the board does not know is
 * reported in Chinese ({@link #problems}) and the filter left out, rather than failing the page.
 */
@TemplateData
public record BoardFilter(String department, String town, String topic, Clock clock, AlertLevel light,
        List<String> problems) {

    static final Set<String> NAMES = Set.of("department", "town", "topic", "clock", "light");

    static BoardFilter of(MultivaluedMap<String, String> query, Set<String> topics) {
        List<String> problems = new ArrayList<>();
        query.keySet().stream().filter(name -> !NAMES.contains(name)).sorted()
                .forEach(name -> problems.add("未知的筛选条件“" + shorten(name) + "”，已忽略。"));
        String topic = text(query, "topic");
        if (topic != null && !topics.contains(topic)) {
            problems.add("未知的诉求类别“" + shorten(topic) + "”，已忽略。");
            topic = null;
        }
        Clock clock = null;
        String clockText = text(query, "clock");
        if (clockText != null) {
            try {
                clock = Clock.valueOf(clockText);
            } catch (IllegalArgumentException e) {
                problems.add("未知的时限“" + shorten(clockText) + "”，已忽略。");
            }
        }
        AlertLevel light = null;
        String lightText = text(query, "light");
        if (lightText != null) {
            try {
                light = AlertLevel.valueOf(lightText);
            } catch (IllegalArgumentException e) {
                problems.add("未知的灯色“" + shorten(lightText) + "”，已忽略。");
            }
        }
        return new BoardFilter(text(query, "department"), text(query, "town"), topic, clock, light,
                List.copyOf(problems));
    }

    /** The same filter with a department's count chosen: the list of those tickets opens. */
    BoardFilter choose(String dept, Clock kind, AlertLevel level) {
        return new BoardFilter(dept, town, topic, kind, level, problems);
    }

    /** A count was chosen: the list of its tickets is shown. */
    public boolean listing() {
        return department != null || clock != null || light != null;
    }

    /** For the form's choices: the clock's name, empty for none. */
    public String clockName() {
        return clock == null ? "" : clock.name();
    }

    /** The query string of this filter, for links and for the fragments the page re-fetches. */
    public String query() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("department", department);
        params.put("town", town);
        params.put("topic", topic);
        params.put("clock", clock == null ? null : clock.name());
        params.put("light", light == null ? null : light.name());
        return params.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Town and topic only: what the board's table is filtered by (the counts choose department, clock, light). */
    BoardFilter tableOnly() {
        return new BoardFilter(null, town, topic, null, null, problems);
    }

    private static String text(MultivaluedMap<String, String> query, String name) {
        String value = query.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
