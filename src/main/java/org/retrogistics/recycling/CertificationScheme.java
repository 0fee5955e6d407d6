package org.retrogistics.recycling;

/** The recycler certifications we accept: R2 (v3), e-Stewards and the ISO 14001 environmental management standard. */
public enum CertificationScheme {
    R2("R2"),
    E_STEWARDS("e-Stewards"),
    ISO_14001("ISO 14001");

    private final String label;

    CertificationScheme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
