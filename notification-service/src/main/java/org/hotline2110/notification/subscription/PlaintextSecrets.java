package org.hotline2110.notification.subscription;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Encrypts webhook secrets stored in plaintext by versions before encryption. This is done here, not in a Flyway
 * migration, because the key is the service's configuration and must never be written into the database or its
 * migration history. Each row is replaced only while it still holds the plaintext read, so it is safe beside
 * other instances.
 */
@ApplicationScoped
public class PlaintextSecrets {

    private static final Logger LOG = Logger.getLogger(PlaintextSecrets.class);

    private final Pool pool;
    private final SecretCipher cipher;

    public PlaintextSecrets(Pool pool, SecretCipher cipher) {
        this.pool = pool;
        this.cipher = cipher;
    }

    void atStart(@Observes StartupEvent started) {
        encryptAll().subscribe().with(count -> {
            if (count > 0) {
                LOG.infof("Encrypted %d webhook secrets stored in plaintext", count);
            }
        }, e -> LOG.warnf("Plaintext webhook secrets stay until the next start: %s", e.getMessage()));
    }

    /** How many rows were encrypted. */
    public Uni<Integer> encryptAll() {
        return pool.query("SELECT id, secret FROM subscription WHERE secret IS NOT NULL AND secret NOT LIKE 'v1:%'")
                .execute()
                .flatMap(rows -> {
                    List<Tuple> updates = new ArrayList<>();
                    for (Row row : rows) {
                        String id = row.getUUID("id").toString();
                        String plaintext = row.getString("secret");
                        updates.add(Tuple.of(row.getUUID("id"), cipher.encrypt(plaintext, id), plaintext));
                    }
                    if (updates.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    return pool.preparedQuery("UPDATE subscription SET secret = $2 WHERE id = $1 AND secret = $3")
                            .executeBatch(updates).replaceWith(updates.size());
                });
    }
}
