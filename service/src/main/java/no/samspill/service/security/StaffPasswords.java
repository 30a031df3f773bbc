package no.samspill.service.security;

import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Staff passwords in Camunda's identity store hashed with BCrypt (Camunda's default is one round of salted
 * SHA-512, which a stolen database gives up quickly). Checks go through {@link VerifiedSecrets}. Passwords stored
 * before keep their SHA-512 hash, checked by Camunda's own digest, until they are next set.
 */
public class StaffPasswords implements PasswordEncryptor {

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
    private final VerifiedSecrets verified;

    public StaffPasswords(VerifiedSecrets verified) {
        this.verified = verified;
    }

    @Override
    public String encrypt(String password) {
        return bcrypt.encode(password);
    }

    @Override
    public boolean check(String password, String encrypted) {
        return verified.matches(password, encrypted, bcrypt::matches);
    }

    @Override
    public String hashAlgorithmName() {
        return "BCRYPT";
    }
}
