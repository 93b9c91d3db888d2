package org.hotline2110.intake.enterprise;

/** The unified social credit code (统一社会信用代码, GB 32100-2015) and its check character. */
public final class CreditCode {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

    private CreditCode() {
    }

    /** Eighteen characters from the code's alphabet, whatever the check character. */
    public static boolean isWellFormed(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        return code.chars().allMatch(c -> CHARSET.indexOf(c) >= 0);
    }

    /** True when the last character is the check character of the first seventeen. */
    public static boolean hasValidCheck(String code) {
        return isWellFormed(code) && code.charAt(17) == checkCharacter(code.substring(0, 17));
    }

    /** The check character of the first seventeen characters of a code. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }
}
