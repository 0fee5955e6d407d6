package org.retrogistics.shared;

/**
 * A GS1 Global Trade Item Number (AI 01). Accepts GTIN-8, -12, -13 and -14, verifies the mod-10 check digit and
 * keeps the value as 14-digit text: leading zeros matter (UPC 053891154819 is GTIN 00053891154819).
 */
public record Gtin(String value) {

    public Gtin {
        value = normalise(value);
    }

    public static Gtin of(String text) {
        return new Gtin(text);
    }

    public static boolean isValid(String text) {
        try {
            normalise(text);
            return true;
        } catch (InvalidIdentifier e) {
            return false;
        }
    }

    private static String normalise(String text) {
        if (text == null) {
            throw new InvalidIdentifier("gtin-missing", "A GTIN is required");
        }
        String digits = text.strip();
        if (!digits.matches("\\d+")) {
            throw new InvalidIdentifier("gtin-not-numeric", "GTIN '" + text + "' must contain digits only");
        }
        int length = digits.length();
        if (length != 8 && length != 12 && length != 13 && length != 14) {
            throw new InvalidIdentifier(
                    "gtin-length", "GTIN '" + text + "' has " + length + " digits; GS1 allows 8, 12, 13 or 14");
        }
        int expected = Gs1.checkDigit(digits.substring(0, length - 1));
        int actual = digits.charAt(length - 1) - '0';
        if (expected != actual) {
            throw new InvalidIdentifier(
                    "gtin-check-digit",
                    "GTIN '" + text + "' has check digit " + actual + " but its digits give " + expected);
        }
        return "0".repeat(14 - length) + digits;
    }

    @Override
    public String toString() {
        return value;
    }
}
