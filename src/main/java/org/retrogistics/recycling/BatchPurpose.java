package org.retrogistics.recycling;

/** What the recycler does with a batch: recover its material, or destroy it (data-bearing media) with a certificate. */
public enum BatchPurpose {
    RECYCLE("Certificate of recycling"),
    DESTROY("Certificate of destruction");

    private final String certificateTitle;

    BatchPurpose(String certificateTitle) {
        this.certificateTitle = certificateTitle;
    }

    public String certificateTitle() {
        return certificateTitle;
    }
}
