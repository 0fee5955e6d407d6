package org.retrogistics.shared;

/** The GS1 mod-10 check digit, shared by GTIN, SSCC and GLN. */
public final class Gs1 {

    private Gs1() {}

    /** Check digit for the given digits (without the check digit), weights 3 and 1 from the right. */
    public static int checkDigit(String digitsWithoutCheck) {
        int sum = 0;
        boolean three = true;
        for (int i = digitsWithoutCheck.length() - 1; i >= 0; i--) {
            int d = digitsWithoutCheck.charAt(i) - '0';
            sum += three ? d * 3 : d;
            three = !three;
        }
        return (10 - sum % 10) % 10;
    }
}
