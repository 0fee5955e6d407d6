package org.retrogistics.shared;

/**
 * A Serial Shipping Container Code (GS1 AI 00): 18 digits made of an extension digit, the GS1 company prefix, a serial
 * reference and a mod-10 check digit (REFERENCE.md, "GS1"). Identifies a tote, pallet or gaylord.
 */
public record Sscc(String value) {

    public Sscc {
        if (value == null || !value.matches("\\d{18}")) {
            throw new InvalidIdentifier("invalid-sscc", "an SSCC has 18 digits, got '" + value + "'");
        }
        int expected = Gs1.checkDigit(value.substring(0, 17));
        if (value.charAt(17) - '0' != expected) {
            throw new InvalidIdentifier(
                    "invalid-sscc",
                    "SSCC " + value + " has check digit " + value.charAt(17) + ", expected " + expected);
        }
    }

    /** Reads the 18 digits, with or without the "(00)" application identifier in front. */
    public static Sscc parse(String text) {
        String t = text == null ? null : text.replace(" ", "").trim();
        if (t != null && t.startsWith("(00)")) {
            t = t.substring(4);
        } else if (t != null && t.length() == 20 && t.startsWith("00")) {
            t = t.substring(2);
        }
        return new Sscc(t);
    }

    /** Builds the SSCC from the 17 digits before the check digit. */
    public static Sscc of(char extension, String companyPrefix, long serialReference) {
        int refDigits = 16 - companyPrefix.length();
        String body = extension + companyPrefix + String.format("%0" + refDigits + "d", serialReference);
        if (body.length() != 17) {
            throw new InvalidIdentifier("invalid-sscc", "serial reference " + serialReference + " does not fit");
        }
        return new Sscc(body + Gs1.checkDigit(body));
    }

    /** The GS1-128 element string, as printed under the barcode. */
    public String humanReadable() {
        return "(00) " + value;
    }

    @Override
    public String toString() {
        return value;
    }
}
