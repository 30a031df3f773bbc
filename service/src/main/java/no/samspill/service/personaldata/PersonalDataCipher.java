package no.samspill.service.personaldata;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Seals personal data with AES-256-GCM under a key derived from the master key, bound to what it belongs to (the
 * associated data, e.g. {@code note:<inquiry>}), so a sealed value copied to another row does not open. Also gives
 * the keyed hash by which a citizen is found again without storing the identifier in clear.
 */
@Component
public class PersonalDataCipher {

    private static final byte FORMAT = 1; // first byte of every sealed value, so that keys can be rotated later
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec sealingKey;
    private final SecretKeySpec lookupKey;
    private final SecretKeySpec requestKey;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(PersonalDataProperties properties) {
        byte[] master = masterKey(properties.masterKey());
        this.sealingKey = new SecretKeySpec(derive(master, "samspill personal data sealing"), "AES");
        this.lookupKey = new SecretKeySpec(derive(master, "samspill citizen lookup"), "HmacSHA256");
        this.requestKey = new SecretKeySpec(derive(master, "samspill idempotent request"), "HmacSHA256");
    }

    private static byte[] masterKey(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException("samspill.personal-data.master-key is not set: give it base64 of 32 random "
                    + "bytes (e.g. `openssl rand -base64 32`), in production through SAMSPILL_PERSONAL_DATA_MASTER_KEY");
        }
        byte[] key = Base64.getDecoder().decode(base64.trim());
        if (key.length != 32) {
            throw new IllegalStateException("samspill.personal-data.master-key must be 32 bytes, not " + key.length);
        }
        return key;
    }

    private static byte[] derive(byte[] master, String purpose) {
        return hmac(new SecretKeySpec(master, "HmacSHA256"), purpose);
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        return hmac(key, text.getBytes(StandardCharsets.UTF_8));
    }

    /** HMAC-SHA256 over the parts, one after the other. */
    private static byte[] hmac(SecretKeySpec key, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", impossible);
        }
    }

    /**
     * The keyed hash that tells a repeated API request from another one (IdempotentRequests): a request body may hold
     * a citizen's identifier, and without the master key its hash cannot be tested against guesses.
     */
    public String requestFingerprint(String path, byte[] body) {
        return HexFormat.of().formatHex(hmac(requestKey, path.getBytes(StandardCharsets.UTF_8), new byte[] {0}, body));
    }

    /** The keyed hash that finds a citizen of a municipality again; without the master key it reveals nothing. */
    public String lookup(String municipality, String identifierDigits) {
        return HexFormat.of().formatHex(hmac(lookupKey, municipality + ":" + identifierDigits));
    }

    public byte[] seal(String plaintext, String belongsTo) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, belongsTo, plaintext.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(FORMAT).put(nonce).put(sealed).array();
    }

    public String open(byte[] sealedValue, String belongsTo) {
        ByteBuffer buffer = ByteBuffer.wrap(sealedValue);
        if (buffer.get() != FORMAT) {
            throw new IllegalStateException("unknown sealed format for " + belongsTo);
        }
        byte[] nonce = new byte[NONCE_BYTES];
        buffer.get(nonce);
        byte[] sealed = new byte[buffer.remaining()];
        buffer.get(sealed);
        return new String(run(Cipher.DECRYPT_MODE, nonce, belongsTo, sealed), StandardCharsets.UTF_8);
    }

    private byte[] run(int mode, byte[] nonce, String belongsTo, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, sealingKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(belongsTo.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException failed) {
            throw new IllegalStateException("personal data for " + belongsTo + " could not be "
                    + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened") + " with this master key", failed);
        }
    }
}
