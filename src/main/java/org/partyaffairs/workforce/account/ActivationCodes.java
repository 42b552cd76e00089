package org.partyaffairs.workforce.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Activation codes: 12 characters drawn with {@link SecureRandom} from {@value #ALPHABET} (31
 * characters: no 0/O, 1/I/L that people misread on paper), about 59 bits; printed in groups of four
 * ({@code K7QM-3WXP-9RTB}), typed in any case with or without the hyphens and spaces. Stored only as
 * the SHA-256 of {@code <user id>:<code>}, so a code is bound to its user.
 */
final class ActivationCodes {

  static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  static final int LENGTH = 12;

  private static final SecureRandom RANDOM = new SecureRandom();

  private ActivationCodes() {
  }

  /** A new code, as printed: {@code XXXX-XXXX-XXXX}. */
  static String next() {
    StringBuilder code = new StringBuilder(LENGTH + 2);
    for (int i = 0; i < LENGTH; i++) {
      if (i > 0 && i % 4 == 0) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** What a person typed, as the code it means: upper case, without hyphens and spaces. */
  static String normalise(String typed) {
    return typed == null ? "" : typed.replaceAll("[\\s\\-－—]", "").toUpperCase(Locale.ROOT);
  }

  /** Whether a typed code can be a code at all (its length and letters). */
  static boolean wellFormed(String normalised) {
    return normalised.length() == LENGTH && normalised.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
  }

  static String hash(String userId, String code) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest((userId + ":" + normalise(code)).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
