package org.retrogistics.shared;

/**
 * How well a unit works, on the CTIA Wireless Device Grading Scale for function (0 best, 9 worst), with the R2 REC
 * functional code SERI's crosswalk gives where there is one (REFERENCE.md, "Grading"). CTIA 3–9 are R2 "controlled
 * streams": not to be sold as working.
 */
public enum FunctionalGrade {
    F0("Fully functional", "F6"),
    F1("Fully functional, minor non-key issues", "F5"),
    F2("Key functions working", "F3"),
    F3("Key function impaired, repairable", null),
    F4("Several functions impaired", null),
    F5("Does not power on, repairable", null),
    F6("Does not power on, board-level fault", null),
    F7("Liquid damage", null),
    F8("Parts only", null),
    F9("Scrap", null);

    private final String label;
    private final String r2Code;

    FunctionalGrade(String label, String r2Code) {
        this.label = label;
        this.r2Code = r2Code;
    }

    public String label() {
        return label;
    }

    /** The R2 REC functional code, or null where the crosswalk gives none (a controlled stream). */
    public String r2Code() {
        return r2Code;
    }

    /** CTIA 0–2: sold as working once data and locks are clear. */
    public boolean working() {
        return ordinal() <= F2.ordinal();
    }

    public int level() {
        return ordinal();
    }

    /** Reads "F2", "2" or "f2". */
    public static FunctionalGrade parse(String text) {
        if (text != null) {
            String t = text.trim().toUpperCase(java.util.Locale.ROOT);
            String digits = t.startsWith("F") ? t.substring(1) : t;
            if (digits.length() == 1 && Character.isDigit(digits.charAt(0))) {
                return values()[digits.charAt(0) - '0'];
            }
        }
        throw new InvalidGrade("functional grade '" + text + "' is not on the scale F0 (best) to F9 (scrap)");
    }
}
