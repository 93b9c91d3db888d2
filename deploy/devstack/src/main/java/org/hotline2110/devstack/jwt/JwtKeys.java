package org.hotline2110.devstack.jwt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * The local stack's token issuer: an RSA key pair kept as PEM files (the services verify with {@code public.pem},
 * the way they would with an OIDC issuer's key in production) and tokens shaped like SmallRye JWT expects them.
 */
public final class JwtKeys {

    public static final String ISSUER = "hotline2110-devstack";
    /** What the services' {@code mp.jwt.verify.audiences} asks for: a token of the issuer for another use is refused. */
    public static final String AUDIENCE = "hotline2110";
    /** OIDC's claim for the person's display name. */
    public static final String NAME_CLAIM = "name";
    public static final Set<String> ROLES = Set.of("operator", "dispatcher", "department", "supervisor", "admin");
    public static final String DEPARTMENT_ROLE = "department";
    public static final String DEPARTMENT_CLAIM = "department";

    private static final String PRIVATE_FILE = "private.pem";
    private static final String PUBLIC_FILE = "public.pem";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final Path publicKeyFile;

    private JwtKeys(PrivateKey privateKey, PublicKey publicKey, Path publicKeyFile) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.publicKeyFile = publicKeyFile;
    }

    /**
     * Loads the key pair in {@code dir}, generating it on first use. Synchronized: a file lock keeps other JVMs out,
     * but the threads of one JVM must take turns themselves (the lock is per JVM, and a second one throws).
     */
    public static synchronized JwtKeys at(Path dir) {
        try {
            Files.createDirectories(dir);
            // Test JVMs and the launcher may share a directory: the lock keeps one from reading a half-written pair.
            try (FileChannel channel = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = channel.lock()) {
                if (!Files.exists(dir.resolve(PRIVATE_FILE)) || !Files.exists(dir.resolve(PUBLIC_FILE))) {
                    generate(dir);
                }
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(readPem(dir.resolve(PRIVATE_FILE))));
                PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(readPem(dir.resolve(PUBLIC_FILE))));
                return new JwtKeys(privateKey, publicKey, dir.resolve(PUBLIC_FILE).toAbsolutePath());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load or create the JWT keys in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JWT keys in " + dir + " are not an RSA PEM pair", e);
        }
    }

    /** The PEM public key file, for mp.jwt.verify.publickey.location. */
    public Path publicKeyFile() {
        return publicKeyFile;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    /** The public key as base64 DER, the inline form mp.jwt.verify.publickey accepts. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    /**
     * A signed RS256 token for {@code role} as a whole, not a person: subject {@code role} or {@code role@department}.
     * For tests and load runs, where every caller of a role may be the same one.
     */
    public String mint(String role, String departmentId, Duration ttl) {
        return mint(role, departmentId, null, ttl);
    }

    /**
     * A signed RS256 token for the person {@code name} (null: the role as a whole). A department token must name its
     * department; any other role may carry one too. A person's subject is {@code role@department/name}, also the upn
     * SmallRye JWT reports, so two people of one role keep their own idempotency keys and live streams; the name
     * is also in claim {@value #NAME_CLAIM}.
     */
    public String mint(String role, String departmentId, String name, Duration ttl) {
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("Unknown role '" + role + "'; one of " + ROLES.stream().sorted().toList());
        }
        boolean hasDepartment = departmentId != null && !departmentId.isBlank();
        if (DEPARTMENT_ROLE.equals(role) && !hasDepartment) {
            throw new IllegalArgumentException("A department token needs a department id");
        }
        boolean hasName = name != null && !name.isBlank();
        if (name != null && !hasName) {
            throw new IllegalArgumentException("A person's name must not be blank");
        }
        String subject = (hasDepartment ? role + "@" + departmentId : role) + (hasName ? "/" + name.strip() : "");
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setStringListClaim("groups", List.of(role));
        if (hasDepartment) {
            claims.setClaim(DEPARTMENT_CLAIM, departmentId);
        }
        if (hasName) {
            claims.setClaim(NAME_CLAIM, name.strip());
        }
        NumericDate now = NumericDate.now();
        claims.setIssuedAt(now);
        claims.setExpirationTime(NumericDate.fromSeconds(now.getValue() + ttl.toSeconds()));
        claims.setGeneratedJwtId();
        return sign(claims);
    }

    /** Signs {@code claims} as they are: tests forge tokens with it (another audience, a missing claim). */
    public String sign(JwtClaims claims) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(privateKey);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
    }

    private static void generate(Path dir) throws GeneralSecurityException, IOException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Path privateFile = dir.resolve(PRIVATE_FILE);
        Files.writeString(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
        Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
        Files.writeString(dir.resolve(PUBLIC_FILE), pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] readPem(Path file) throws IOException {
        String body = Files.readString(file, StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "");
        return Base64.getMimeDecoder().decode(body);
    }
}
