package org.hotline2110.notification.subscription;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.notification.NotificationConfig;

/**
 * Webhook secrets at rest: AES-256-GCM under the configured key, a fresh 96-bit nonce per value, stored as
 * {@code v1:<base64 of nonce and ciphertext with its tag>}. The subscription's id is the associated data, so a
 * value copied onto another row does not decrypt.
 */
@ApplicationScoped
public class SecretCipher {

    static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    public SecretCipher(NotificationConfig config) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(config.secretKey()
                    .orElseThrow(() -> new IllegalStateException("hotline.notification.secret-key is not set")).strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("hotline.notification.secret-key is not base64", e);
        }
        if (raw.length != 32) {
            throw new IllegalStateException("hotline.notification.secret-key must be 32 bytes (AES-256), base64");
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    public String encrypt(String plaintext, String subscriptionId) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, subscriptionId, plaintext.getBytes(StandardCharsets.UTF_8));
        return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                .put(nonce).put(sealed).array());
    }

    public String decrypt(String stored, String subscriptionId) {
        byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        byte[] nonce = new byte[NONCE_BYTES];
        System.arraycopy(all, 0, nonce, 0, NONCE_BYTES);
        byte[] sealed = new byte[all.length - NONCE_BYTES];
        System.arraycopy(all, NONCE_BYTES, sealed, 0, sealed.length);
        return new String(run(Cipher.DECRYPT_MODE, nonce, subscriptionId, sealed), StandardCharsets.UTF_8);
    }

    /**
     * The secret as stored, decrypted. A value without the prefix is a plaintext secret from before encryption:
     * {@link PlaintextSecrets} encrypts those at start, but an instance of the previous version still running
     * during a rolling update writes them, so both forms are read.
     */
    public String reveal(String stored, String subscriptionId) {
        return stored == null || !stored.startsWith(PREFIX) ? stored : decrypt(stored, subscriptionId);
    }

    private byte[] run(int mode, byte[] nonce, String subscriptionId, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(subscriptionId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a webhook secret does not decrypt with the configured key", e);
        }
    }
}
