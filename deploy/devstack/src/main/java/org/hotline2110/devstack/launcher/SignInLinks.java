package org.hotline2110.devstack.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

import org.hotline2110.devstack.ServiceSpec;
import org.hotline2110.devstack.jwt.JwtKeys;

/**
 * The local stack's sign-in: a link per role to a service's dev-only {@code /dev/sign-in}, carrying a token signed by
 * the stack's key. The service checks it like any token and keeps it in the page cookie; a cookie belongs to the host,
 * not the port, so one link signs the browser in to all four services on 127.0.0.1.
 */
public final class SignInLinks {

    /** Long enough to click after the stack is up; a fresh one is {@code deploy/hotline sign-in ROLE}. */
    static final Duration TTL = Duration.ofHours(1);
    private static final List<String[]> ROLES = List.of(new String[] { "supervisor", null },
            new String[] { "admin", null }, new String[] { "dispatcher", null }, new String[] { "operator", null },
            new String[] { "department", "approval-bureau" });

    private SignInLinks() {
    }

    public static String link(JwtKeys jwt, String role, String department) {
        return "http://127.0.0.1:" + ServiceSpec.SLA_MONITOR.defaultPort() + "/dev/sign-in?to=/&token="
                + jwt.mint(role, department, TTL);
    }

    static void print(JwtKeys jwt, PrintStream out) {
        out.println("Pages (Chinese UI):");
        out.printf("  %-21s http://127.0.0.1:%d/   /big-screen   /assessment   /calendar%n", "红绿灯 board",
                ServiceSpec.SLA_MONITOR.defaultPort());
        out.println("Sign in (open in a browser; valid 1 h; a fresh link: "
                + "deploy/hotline sign-in ROLE [DEPARTMENT_ID]):");
        for (String[] role : ROLES) {
            String who = role[1] == null ? role[0] : role[0] + " " + role[1];
            out.printf("  %-21s %s%n", who, link(jwt, role[0], role[1]));
        }
    }
}
