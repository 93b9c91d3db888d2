package org.hotline2110.devstack;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.hotline2110.devstack.jwt.JwtKeys;
import org.hotline2110.devstack.launcher.Down;
import org.hotline2110.devstack.launcher.LauncherState;
import org.hotline2110.devstack.launcher.Person;
import org.hotline2110.devstack.launcher.Status;
import org.hotline2110.devstack.launcher.SignInLinks;
import org.hotline2110.devstack.launcher.Up;

/**
 * The local launcher behind {@code deploy/hotline}: {@code up}, {@code down}, {@code status},
 * {@code token ROLE [DEPARTMENT_ID] [--name NAME]}, {@code sign-in ...}. The repository root comes from system property {@value #REPO_PROPERTY}.
 */
public final class Hotline {

    static final String REPO_PROPERTY = "hotline.repo";
    private static final String USAGE = """
            usage: deploy/hotline up | down | status | token ROLE [DEPARTMENT_ID] [--name NAME]
                   | sign-in ROLE [DEPARTMENT_ID] [--name NAME]
              up       start PostgreSQL and Kafka (or reuse running ones), the four services, and load demo data
              down     stop the services, and Kafka and PostgreSQL if up started them
              status   show what is running
              token    print a bearer token for the person NAME (else the role's default name) of ROLE: operator,
                       dispatcher, department, supervisor, admin; a department token needs the department id;
                       an admin's lasts 1 h, the others' 9 h (a working day)
              sign-in  print a link that signs a browser in to the pages as that person, for as long""";

    private Hotline() {
    }

    public static void main(String[] args) {
        // Progress goes through System.Logger to stderr; one plain line each, and stdout stays for what was asked.
        System.setProperty("java.util.logging.SimpleFormatter.format", "%5$s%6$s%n");
        Path repo = Path.of(System.getProperty(REPO_PROPERTY, ".")).toAbsolutePath().normalize();
        LauncherState state = new LauncherState(repo.resolve(".devstack"));
        PrintStream out = System.out;
        try {
            String command = args.length == 0 ? "" : args[0];
            switch (command) {
                case "up" -> new Up(repo, state, out).run();
                case "down" -> new Down(state, out).run();
                case "status" -> new Status(state, out).run();
                case "token" -> out.println(token(state, args));
                case "sign-in" -> out.println(signIn(state, args));
                default -> {
                    System.err.println(USAGE);
                    System.exit(2);
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println("hotline: " + e.getMessage());
            System.exit(2);
        } catch (IllegalStateException | UncheckedIOException e) {
            System.err.println("hotline: " + e.getMessage());
            System.exit(1);
        }
        // Explicit: the services and broker keep running, and no stray client thread may hold this JVM open.
        System.exit(0);
    }

    private static String signIn(LauncherState state, String[] args) {
        Person person = Person.parse(List.of(args).subList(1, args.length), "sign-in");
        return SignInLinks.link(JwtKeys.at(state.jwtDir()), person);
    }

    private static String token(LauncherState state, String[] args) {
        return Person.parse(List.of(args).subList(1, args.length), "token").token(JwtKeys.at(state.jwtDir()));
    }
}
