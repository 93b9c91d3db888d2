package org.hotline2110.devstack.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hotline2110.devstack.jwt.JwtKeys;

/**
 * Whom a local token is for: a role, a department for a clerk, and a person's name, so that each person has a
 * subject of their own. Tokens are short-lived: an admin's lasts an hour, anyone else's a working day (09:00-17:30
 * with some slack), after which {@code deploy/hotline token} or {@code sign-in} mints a fresh one.
 */
public record Person(String role, String department, String name) {

    static final Duration ADMIN_TTL = Duration.ofHours(1);
    static final Duration WORKING_DAY_TTL = Duration.ofHours(9);
    static final String USAGE = "ROLE [DEPARTMENT_ID] [--name NAME]";

    /** The name a person gets when none is given (the sign-in links of {@code deploy/hotline up}, say). */
    private static final Map<String, String> DEFAULT_NAMES = Map.of("operator", "话务员", "dispatcher", "派单员",
            "department", "承办人", "supervisor", "督查员", "admin", "管理员");

    /** {@code ROLE [DEPARTMENT_ID] [--name NAME]}, the name anywhere after the role; without one, the role's default. */
    public static Person parse(List<String> args, String command) {
        List<String> positional = new ArrayList<>();
        String name = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--name") && i + 1 < args.size()) {
                name = args.get(++i);
            } else if (arg.startsWith("--name=")) {
                name = arg.substring("--name=".length());
            } else if (arg.startsWith("--")) {
                throw usage(command);
            } else {
                positional.add(arg);
            }
        }
        if (positional.isEmpty() || positional.size() > 2 || (name != null && name.isBlank())) {
            throw usage(command);
        }
        String role = positional.get(0);
        return new Person(role, positional.size() == 2 ? positional.get(1) : null,
                name == null ? DEFAULT_NAMES.getOrDefault(role, role) : name.strip());
    }

    public Duration ttl() {
        return "admin".equals(role) ? ADMIN_TTL : WORKING_DAY_TTL;
    }

    public String token(JwtKeys jwt) {
        return jwt.mint(role, department, name, ttl());
    }

    private static IllegalArgumentException usage(String command) {
        return new IllegalArgumentException("usage: deploy/hotline " + command + " " + USAGE);
    }
}
