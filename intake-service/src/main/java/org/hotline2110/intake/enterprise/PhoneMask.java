package org.hotline2110.intake.enterprise;

/**
 * The only form in which a phone number leaves intake-service: {@code 138****5678}. Whatever its length, at least
 * four digits are hidden: the last four are shown only when four more stay hidden, and the first three only of a
 * number long enough to carry a prefix (a mobile, or a landline with its area code). The four stars never say how
 * many digits they stand for.
 */
public final class PhoneMask {

    private static final int HIDDEN = 4;

    private PhoneMask() {
    }

    public static String mask(String phone) {
        String digits = phone.replaceAll("\\D", "");
        int end = Math.max(0, Math.min(4, digits.length() - HIDDEN));
        int start = digits.length() >= 11 ? 3 : 0;
        return digits.substring(0, start) + "****" + digits.substring(digits.length() - end);
    }
}
