package no.samspill.service.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Successful checks of a presented secret against its stored hash, remembered briefly, so that HTTP Basic callers
 * (staff over engine-rest, case systems on the API) pay the deliberately slow hash once per few minutes, not on
 * every request. Remembered by a keyed hash of the stored hash and the presented secret, under a key made at start
 * and never stored: the memory holds no password, and a changed password (a new stored hash) is checked anew. Only
 * successes are remembered; a locked account is refused before its hash is ever checked.
 */
public final class VerifiedSecrets {

    private static final int MOST_REMEMBERED = 10_000;

    private final SecretKeySpec key;
    private final Duration remembered;
    private final Clock clock;
    private final Map<String, Instant> verifiedUntil = new ConcurrentHashMap<>();

    public VerifiedSecrets(Duration remembered, Clock clock) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.key = new SecretKeySpec(random, "HmacSHA256");
        this.remembered = remembered;
        this.clock = clock;
    }

    /** Whether {@code presented} matches {@code stored}: remembered if checked recently, else by {@code check}. */
    public boolean matches(String presented, String stored, BiPredicate<String, String> check) {
        if (presented == null || stored == null) {
            return check.test(presented, stored);
        }
        String entry = fingerprint(presented, stored);
        Instant now = clock.instant();
        Instant until = verifiedUntil.get(entry);
        if (until != null && until.isAfter(now)) {
            return true;
        }
        boolean matches = check.test(presented, stored);
        if (matches) {
            if (verifiedUntil.size() >= MOST_REMEMBERED) {
                verifiedUntil.values().removeIf(expiry -> !expiry.isAfter(now));
                if (verifiedUntil.size() >= MOST_REMEMBERED) {
                    verifiedUntil.clear();
                }
            }
            verifiedUntil.put(entry, now.plus(remembered));
        } else {
            verifiedUntil.remove(entry);
        }
        return matches;
    }

    private String fingerprint(String presented, String stored) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(stored.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(presented.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", impossible);
        }
    }
}
