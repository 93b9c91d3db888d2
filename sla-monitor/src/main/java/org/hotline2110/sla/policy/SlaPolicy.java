package org.hotline2110.sla.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hotline2110.contracts.sla.Clock;
import org.hotline2110.platform.seeds.Seeds;

/** The SLA policy file: which calendar, when the yellow warning comes, and each clock's length. */
public record SlaPolicy(String calendar, double warningRatio, Map<Clock, ClockPolicy> clocks) {

    /** The policy in {@code file}, or seeds/sla-policy.json when there is none, checked. */
    public static SlaPolicy load(ObjectMapper mapper, Optional<String> file) {
        SlaPolicy policy = file.filter(f -> !f.isBlank())
                .map(f -> read(mapper, Path.of(f)))
                .orElseGet(() -> Seeds.read(mapper, "sla-policy.json", new TypeReference<SlaPolicy>() { }));
        return policy.checked();
    }

    private static SlaPolicy read(ObjectMapper mapper, Path file) {
        try {
            return mapper.readValue(file.toFile(), SlaPolicy.class);
        } catch (IOException e) {
            throw new UncheckedIOException("SLA policy unreadable: " + file, e);
        }
    }

    private SlaPolicy checked() {
        if (warningRatio <= 0 || warningRatio >= 1) {
            throw new IllegalStateException("SLA policy warningRatio must be between 0 and 1");
        }
        for (Clock clock : Clock.values()) {
            ClockPolicy policy = clocks.get(clock);
            if (policy == null) {
                throw new IllegalStateException("SLA policy has no clock " + clock);
            }
            policy.check(clock.name());
        }
        return this;
    }

    public ClockPolicy clock(Clock clock) {
        return clocks.get(clock);
    }
}
