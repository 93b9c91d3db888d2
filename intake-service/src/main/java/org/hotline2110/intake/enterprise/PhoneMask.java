package org.hotline2110.intake.enterprise;

/** The only form in which a phone number leaves intake-service: {@code 138****5678}. */
public final class PhoneMask {

    private PhoneMask() {
    }

    public static String mask(String phone) {
        String digits = phone.replaceAll("\\D", "");
        if (digits.length() < 7) {
            return "****";
        }
        return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
    }
}
