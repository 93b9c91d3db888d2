package org.hotline2110.k8scheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each built service, started in its production profile without its environment, refuses to start and says what is
 * missing: no default stands in for a database, a broker, an issuer, an audience or a URL. The Deployments set all of
 * these (ProductionEnvironmentTest); this is what happens to a pod that lacks one.
 */
class ProductionProfileTest {

    /** What Quarkus quietly does without (a deactivated datasource, no audience check); the platform's check stops. */
    private static final Set<String> QUIETLY_OPTIONAL_TO_QUARKUS = Set.of("QUARKUS_DATASOURCE_USERNAME",
            "QUARKUS_DATASOURCE_PASSWORD", "QUARKUS_DATASOURCE_REACTIVE_URL", "QUARKUS_DATASOURCE_JDBC_URL",
            "MP_JWT_VERIFY_AUDIENCES");

    /** Values of the right shape for the variables given; nothing listens at these addresses. */
    private static final Map<String, String> PLAUSIBLE = Map.of(
            "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:1",
            "MP_JWT_VERIFY_ISSUER", "https://keycloak.example.org/realms/hotline2110",
            "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "https://keycloak.example.org/realms/hotline2110/certs",
            "HOTLINE_NOTIFICATION_CALENDAR_URL", "http://127.0.0.1:1",
            "QUARKUS_MAILER_HOST", "127.0.0.1",
            "QUARKUS_MAILER_PORT", "1",
            "QUARKUS_MAILER_FROM", "2110-noreply@example.org",
            "HOTLINE_NOTIFICATION_SECRET_KEY", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");

    @TempDir
    Path logs;

    static List<String> services() {
        return ServiceConfig.SERVICES;
    }

    @ParameterizedTest
    @MethodSource("services")
    void withNoEnvironmentItStopsNamingWhatIsMissing(String service) throws Exception {
        Set<String> required = ServiceConfig.of(service).requiredProductionVariables();

        Run run = start(service, Map.of());

        assertThat(run.exitCode()).as("exit code of %s", service).isNotZero();
        assertThat(required).as("what %s's log names as missing:%n%s", service, run.output())
                .anyMatch(variable -> run.output().contains(variable) || run.output().contains(property(variable)));
    }

    @ParameterizedTest
    @MethodSource("services")
    void withoutItsDatabaseAndAudienceItStopsNamingEachOfThem(String service) throws Exception {
        Set<String> required = ServiceConfig.of(service).requiredProductionVariables();
        Map<String, String> allButThose = new HashMap<>();
        for (String variable : required) {
            if (!QUIETLY_OPTIONAL_TO_QUARKUS.contains(variable)) {
                assertThat(PLAUSIBLE).as("a plausible value for %s", variable).containsKey(variable);
                allButThose.put(variable, PLAUSIBLE.get(variable));
            }
        }

        Run run = start(service, allButThose);

        assertThat(required).as("sanity").containsAll(QUIETLY_OPTIONAL_TO_QUARKUS);
        assertThat(run.exitCode()).as("exit code of %s", service).isNotZero();
        assertThat(run.output()).contains("The production profile needs these environment variables")
                .contains(QUIETLY_OPTIONAL_TO_QUARKUS);
    }

    @Test
    void notificationServiceWithoutTheKeyOfItsWebhookSecretsNamesItWithTheOtherMissingVariables() throws Exception {
        Map<String, String> allButTheKey = new HashMap<>(PLAUSIBLE);
        allButTheKey.remove("HOTLINE_NOTIFICATION_SECRET_KEY");

        Run run = start("notification-service", allButTheKey);

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).contains("The production profile needs these environment variables")
                .contains("HOTLINE_NOTIFICATION_SECRET_KEY").contains(QUIETLY_OPTIONAL_TO_QUARKUS);
    }

    /** MY_PROPERTY_NAME as the property Quarkus reports, my.property.name (close enough for these names). */
    private static String property(String variable) {
        return variable.toLowerCase(java.util.Locale.ROOT).replace('_', '.');
    }

    private record Run(int exitCode, String output) {
    }

    /** The service's jar in the prod profile with exactly {@code environment} (no variable inherited). */
    private Run start(String service, Map<String, String> environment) throws IOException, InterruptedException {
        Path jar = Repository.root().resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        assertThat(jar).as("%s is built (./mvnw -DskipTests install)", service).exists();
        Path log = logs.resolve(service + ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dquarkus.profile=prod", "-jar", jar.toString())
                .directory(logs.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        Map<String, String> kept = new HashMap<>();
        kept.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.clear();
        env.putAll(kept);
        env.putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError(service + " did not stop within 90 s in the prod profile without its "
                    + "environment; it should refuse to start. Log:\n" + Files.readString(log));
        }
        return new Run(process.exitValue(), Files.readString(log));
    }
}
