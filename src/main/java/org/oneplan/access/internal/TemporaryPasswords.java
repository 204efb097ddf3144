package org.oneplan.access.internal;

import java.security.SecureRandom;

/**
 * Temporary passwords an administrator passes on to a user, who must change it at first sign-in:
 * 16 random characters from an alphabet without look-alikes (no 0/O, 1/l/I), in groups of four.
 */
final class TemporaryPasswords {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY3479";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    static String generate() {
        StringBuilder password = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
