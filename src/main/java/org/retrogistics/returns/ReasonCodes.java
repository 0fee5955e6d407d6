package org.retrogistics.returns;

import java.util.List;
import java.util.Optional;
import org.retrogistics.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The mapping table from external reason codes (marketplaces, EDI) to the internal reason taxonomy. */
@Service
public class ReasonCodes {

    /** One row of the mapping table. */
    public record Mapping(String source, String externalCode, ReturnReason reason, String description) {}

    private final JdbcClient jdbc;

    ReasonCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Resolves "source:code", for example {@code shopify:SIZE_TOO_SMALL} or {@code x12-1293:DR}. */
    public ReturnReason resolve(String sourceAndCode) {
        int colon = sourceAndCode.indexOf(':');
        if (colon <= 0) {
            throw new UnknownReasonCode(sourceAndCode);
        }
        return find(sourceAndCode.substring(0, colon), sourceAndCode.substring(colon + 1))
                .orElseThrow(() -> new UnknownReasonCode(sourceAndCode));
    }

    public Optional<ReturnReason> find(String source, String code) {
        return jdbc.sql("select reason from reason_mapping where source = ? and external_code = ?")
                .params(source.toLowerCase(), code.toUpperCase())
                .query((rs, n) -> ReturnReason.valueOf(rs.getString(1)))
                .optional();
    }

    public List<Mapping> all() {
        return jdbc.sql(
                        "select source, external_code, reason, description from reason_mapping order by source, external_code")
                .query((rs, n) -> new Mapping(
                        rs.getString(1), rs.getString(2), ReturnReason.valueOf(rs.getString(3)), rs.getString(4)))
                .list();
    }

    /** An external reason code that the mapping table does not know. */
    public static class UnknownReasonCode extends DomainException {
        UnknownReasonCode(String code) {
            super(
                    Kind.INVALID,
                    "unknown-reason-code",
                    "Reason code '" + code + "' is not in the mapping table (give it as source:code, e.g."
                            + " shopify:SIZE_TOO_SMALL)");
        }
    }
}
