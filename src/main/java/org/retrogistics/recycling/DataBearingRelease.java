package org.retrogistics.recycling;

/**
 * A unit that can hold personal data leaves our custody only with a passed sanitisation record (NIST SP 800-88
 * clear, purge, destroy or cryptographic erase) or in a destruction batch that ends with a certificate of destruction.
 */
public final class DataBearingRelease {

    private DataBearingRelease() {}

    /**
     * @param sanitisationCertificate the certificate id of the unit's passed sanitisation record, or null
     */
    public static Verdict check(
            String plate, boolean dataBearing, String sanitisationCertificate, BatchPurpose purpose) {
        if (!dataBearing) {
            return Verdict.allow(plate + " holds no data");
        }
        if (sanitisationCertificate != null) {
            return Verdict.allow(plate + " was sanitised (certificate " + sanitisationCertificate + ")");
        }
        if (purpose == BatchPurpose.DESTROY) {
            return Verdict.allow(plate + " holds data and is destroyed with a certificate of destruction");
        }
        return Verdict.reject("unit " + plate + " can hold personal data and has no passed sanitisation record: "
                + "sanitise it first, or send it in a DESTROY batch");
    }
}
