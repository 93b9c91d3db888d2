package org.hotline2110.devstack.launcher;

import java.io.PrintStream;
import java.util.List;

import org.hotline2110.devstack.ServiceSpec;
import org.hotline2110.devstack.jwt.JwtKeys;

/**
 * The local stack's sign-in: a link per role to a service's dev-only {@code /dev/sign-in}, carrying a token signed by
 * the stack's key. The service checks it like any token and keeps it in the page cookie; a cookie belongs to the host,
 * not the port, so one link signs the browser in to all four services on 127.0.0.1.
 */
public final class SignInLinks {

    /** One person of each role under the role's default name; another is {@code deploy/hotline sign-in ROLE --name}. */
    private static final List<Person> PEOPLE = List.of(Person.parse(List.of("supervisor"), "sign-in"),
            Person.parse(List.of("admin"), "sign-in"), Person.parse(List.of("dispatcher"), "sign-in"),
            Person.parse(List.of("operator"), "sign-in"), Person.parse(List.of("department", "approval-bureau"), "sign-in"));

    private SignInLinks() {
    }

    /** The page session lasts as long as the person's token: an hour for an admin, a working day for the others. */
    public static String link(JwtKeys jwt, Person person) {
        return "http://127.0.0.1:" + ServiceSpec.SLA_MONITOR.defaultPort() + "/dev/sign-in?to=/&token="
                + person.token(jwt);
    }

    static void print(JwtKeys jwt, PrintStream out) {
        out.println("Pages (Chinese UI):");
        out.printf("  %-21s http://127.0.0.1:%d/   /big-screen   /assessment   /calendar%n", "红绿灯 board",
                ServiceSpec.SLA_MONITOR.defaultPort());
        out.println("Sign in (open in a browser; admin 1 h, the others 9 h; a fresh link: "
                + "deploy/hotline sign-in " + Person.USAGE + "):");
        for (Person person : PEOPLE) {
            String who = person.department() == null ? person.role() : person.role() + " " + person.department();
            out.printf("  %-21s %s%n", who, link(jwt, person));
        }
    }
}
