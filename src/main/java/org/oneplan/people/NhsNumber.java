package org.oneplan.people;

/**
 * NHS numbers: ten digits, the last a modulus 11 check digit. People type them with spaces or dashes
 * (e.g. "943 476 5919"), so those are removed before checking and storing.
 */
public final class NhsNumber {

    private NhsNumber() {
    }

    /** Digits only, or null when nothing was entered; anything else is kept as typed for the error message. */
    public static String normalise(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String digits = typed.replaceAll("[\\s-]", "");
        return digits.matches("\\d+") ? digits : typed.strip();
    }

    public static boolean isValid(String number) {
        if (number == null || !number.matches("\\d{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (number.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == number.charAt(9) - '0';
    }

    /** "9434765919" as "943 476 5919", the way it is printed on NHS letters. */
    public static String format(String number) {
        return number == null || number.length() != 10 ? number
                : number.substring(0, 3) + " " + number.substring(3, 6) + " " + number.substring(6);
    }
}
