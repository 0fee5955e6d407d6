package org.retrogistics.shared;

/**
 * How a unit looks, on the CTIA cosmetic scale A (best) to D (REFERENCE.md, "Grading"), kept apart from the functional
 * grade as the electronics trade grades them.
 */
public enum CosmeticGrade {
    A("Like new: no visible wear"),
    B("Light wear, visible on close look"),
    C("Moderate wear: scratches, scuffs"),
    D("Heavy wear, cracks or dents");

    private final String label;

    CosmeticGrade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static CosmeticGrade parse(String text) {
        if (text != null) {
            String t = text.trim().toUpperCase(java.util.Locale.ROOT);
            for (CosmeticGrade g : values()) {
                if (g.name().equals(t)) {
                    return g;
                }
            }
        }
        throw new InvalidGrade("cosmetic grade '" + text + "' is not on the scale A (best) to D");
    }
}
