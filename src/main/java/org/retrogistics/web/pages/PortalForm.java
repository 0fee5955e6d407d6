package org.retrogistics.web.pages;

import java.util.ArrayList;
import java.util.List;
import org.retrogistics.returns.NewReturn;
import org.retrogistics.returns.Resolution;
import org.retrogistics.returns.ReturnKind;
import org.retrogistics.returns.ReturnReason;

/**
 * What the portal's return form posts: the order it found again, and a row per order line. No e-mail: the portal
 * session's binding says whose return it is. The console's form for a return taken by phone posts the same.
 */
public class PortalForm {

    private String orderNumber;
    private String note;
    private List<Row> lines = new ArrayList<>();

    /** One order line's row. */
    public static class Row {
        private Integer lineNo;
        private Integer quantity;
        private ReturnReason reason;
        private Resolution resolution;

        public Integer getLineNo() {
            return lineNo;
        }

        public void setLineNo(Integer lineNo) {
            this.lineNo = lineNo;
        }

        public Integer getQuantity() {
            return quantity;
        }

        public void setQuantity(Integer quantity) {
            this.quantity = quantity;
        }

        public ReturnReason getReason() {
            return reason;
        }

        public void setReason(ReturnReason reason) {
            this.reason = reason;
        }

        public Resolution getResolution() {
            return resolution;
        }

        public void setResolution(Resolution resolution) {
            this.resolution = resolution;
        }
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<Row> getLines() {
        return lines;
    }

    public void setLines(List<Row> lines) {
        this.lines = lines;
    }

    /**
     * The return asked for: the rows with a quantity, each with its reason (OTHER when none) and wish (REFUND when
     * none). The portal passes no e-mail (the session's binding says whose return it is); the console passes the
     * order's customer.
     */
    public NewReturn toRequest(String customerEmail, String customerName) {
        String text = note == null || note.isBlank() ? null : note;
        List<NewReturn.Line> asked = lines.stream()
                .filter(r -> r.getQuantity() != null && r.getQuantity() > 0)
                .map(r -> new NewReturn.Line(
                        orderNumber,
                        r.getLineNo(),
                        null,
                        r.getQuantity(),
                        r.getReason() == null ? ReturnReason.OTHER : r.getReason(),
                        null,
                        text,
                        null,
                        null,
                        r.getResolution() == null ? Resolution.REFUND : r.getResolution()))
                .toList();
        if (asked.isEmpty()) {
            throw new PortalController.PortalInputMissing("Choose at least one item and a quantity to return.");
        }
        return new NewReturn(ReturnKind.CUSTOMER_RETURN, customerEmail, customerName, asked);
    }
}
