package org.retrogistics.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.returns.ExchangeScope;
import org.retrogistics.returns.MoneyMoment;
import org.retrogistics.returns.PolicyTerms;
import org.retrogistics.returns.Resolution;
import org.retrogistics.returns.ReturnReason;
import org.retrogistics.testing.ApiTestSupport;
import org.retrogistics.web.FormBrowser;

/**
 * An agent handles a return from the console alone: takes it for a customer who called (order number, items, reason),
 * makes its label and prints it, records what the customer gets and sees the money it moved, and withdraws an exchange
 * whose goods have not gone. A technician sees none of these forms and is refused the actions.
 */
class ConsoleReturnDeskIT extends ApiTestSupport {

    private static final Pattern RETURN_PAGE = Pattern.compile("/console/returns/([0-9a-f-]{36})");

    private FormBrowser agent(Tenant t) {
        FormBrowser b = new FormBrowser(this::uri);
        assertThat(b.signIn(t.code() + "-agent", "secret-agent")).isEqualTo("/console");
        return b;
    }

    private void exchangesAllowed(Tenant t) {
        policies.publish(
                t.id(),
                new PolicyTerms(
                        30,
                        14,
                        Set.of(),
                        new BigDecimal("15.00"),
                        Set.of(ReturnReason.ARRIVED_LATE),
                        EnumSet.of(Resolution.REFUND, Resolution.EXCHANGE, Resolution.STORE_CREDIT),
                        MoneyMoment.ON_REQUEST,
                        new BigDecimal("1000.00"),
                        true,
                        false,
                        null,
                        null,
                        ExchangeScope.ANY_PRODUCT));
    }

    /** Takes a return of the order's first line by phone; answers the new return's page path. */
    private String takeReturn(FormBrowser b, String order, String reason, String resolution) {
        HttpResponse<String> form = b.get("/console/returns/new?order=" + order);
        assertThat(form.statusCode()).isEqualTo(200);
        HttpResponse<String> taken = b.post(
                "/console/returns/new",
                Map.of(
                        "orderNumber",
                        order,
                        "lines[0].lineNo",
                        "1",
                        "lines[0].quantity",
                        "1",
                        "lines[0].reason",
                        reason,
                        "lines[0].resolution",
                        resolution,
                        "note",
                        "customer called"));
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(302);
        Matcher m = RETURN_PAGE.matcher(taken.headers().firstValue("Location").orElseThrow());
        assertThat(m.find()).isTrue();
        return "/console/returns/" + m.group(1);
    }

    /** Takes a return as {@link #takeReturn} does and follows the redirect to its page, as a browser would. */
    private String takeReturnAndLook(FormBrowser b, String order, String reason, String resolution) {
        String page = takeReturn(b, order, reason, resolution);
        assertThat(b.get(page).body()).contains("taken for");
        return page;
    }

    @Test
    void anAgentTakesAReturnByPhoneMakesItsLabelAndRecordsTheRefund() {
        Tenant t = newTenant();
        String order = placeOrder(t, 3, "shirt", 2);
        FormBrowser b = agent(t);

        HttpResponse<String> form = b.get("/console/returns/new?order=" + order);
        assertThat(form.body()).contains(t.products().get("shirt").name()).contains(SHOPPER);
        assertThat(b.get("/console/returns/new?order=NO-SUCH").body()).contains("No order NO-SUCH");
        // nothing chosen: said in words, nothing recorded
        HttpResponse<String> nothing = b.post(
                "/console/returns/new", Map.of("orderNumber", order, "lines[0].lineNo", "1", "lines[0].quantity", "0"));
        assertThat(nothing.statusCode()).isEqualTo(200);
        assertThat(nothing.body()).contains("Choose at least one item");
        assertThat(count("select count(*) from return_request where client_id = ?", t.id().value()))
                .isZero();

        String page = takeReturn(b, order, "SIZE_FIT", "REFUND");
        HttpResponse<String> detail = b.get(page);
        assertThat(detail.body())
                .contains("taken for " + SHOPPER)
                .contains("AUTHORIZED")
                .contains(t.products().get("shirt").name())
                .contains("Nothing resolved yet")
                .contains("id=\"make-label\"");
        assertThat(jdbc.sql("select customer_email from return_request where client_id = ?")
                        .param(t.id().value())
                        .query(String.class)
                        .single())
                .isEqualTo(SHOPPER);

        assertThat(b.post(page + "/label", Map.of()).statusCode()).isEqualTo(302);
        detail = b.get(page);
        String tracking = jdbc.sql("select tracking_number from shipment where client_id = ?")
                .param(t.id().value())
                .query(String.class)
                .single();
        assertThat(detail.body()).contains("Label made: tracking " + tracking).contains("label.pdf");
        assertThat(detail.body()).doesNotContain("id=\"make-label\"");
        HttpResponse<String> pdf = b.get(page + "/label.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");

        HttpResponse<String> refund =
                b.post(page + "/resolutions", Map.of("lineNo", "1", "kind", "REFUND", "quantity", "1"));
        assertThat(refund.statusCode()).isEqualTo(302);
        detail = b.get(page);
        assertThat(detail.body()).contains("Line 1: 1 × REFUND recorded").contains("id=\"money-table\"");
        assertThat(count(
                        "select count(*) from line_resolution where client_id = ? and kind = 'REFUND'", t.id().value()))
                .isEqualTo(1);
        // a second refund of the same unit is refused in words, and nothing more is recorded
        b.post(page + "/resolutions", Map.of("lineNo", "1", "kind", "REFUND", "quantity", "1"));
        assertThat(b.get(page).body()).contains("class=\"error\"");
        assertThat(count("select count(*) from line_resolution where client_id = ?", t.id().value()))
                .isEqualTo(1);
    }

    @Test
    void anExchangeRecordedInTheConsoleCanBeWithdrawnThere() {
        Tenant t = newTenant();
        exchangesAllowed(t);
        String order = placeOrder(t, 3, "shirt", 1);
        Res stock = send(
                java.net.http.HttpRequest.newBuilder(uri("/api/exchange-stock/" + t.sku("shirt")))
                        .header("Content-Type", "application/json")
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"available\": 1}")),
                t.token(Role.MANAGER));
        assertThat(stock.status()).isEqualTo(200);
        FormBrowser b = agent(t);
        String page = takeReturnAndLook(b, order, "SIZE_FIT", "EXCHANGE");

        b.post(
                page + "/resolutions",
                Map.of("lineNo", "1", "kind", "EXCHANGE", "quantity", "1", "sku", t.sku("shirt")));
        HttpResponse<String> detail = b.get(page);
        assertThat(detail.body()).contains("1 × EXCHANGE recorded").contains("Withdraw");
        String resolution = jdbc.sql("select id::text from line_resolution where client_id = ?")
                .param(t.id().value())
                .query(String.class)
                .single();
        b.post(page + "/resolutions/" + resolution + "/withdraw", Map.of("reason", "customer changed their mind"));
        detail = b.get(page);
        assertThat(detail.body()).contains("Exchange withdrawn").contains("(withdrawn)");
        assertThat(count("select coalesce(sum(available), 0) from exchange_stock where client_id = ?", t.id().value()))
                .as("the item went back to stock")
                .isEqualTo(1);
    }

    @Test
    void aTechnicianSeesNoDeskFormsAndIsRefusedTheActions() {
        Tenant t = newTenant();
        String order = placeOrder(t, 3, "shirt", 1);
        String page = takeReturn(agent(t), order, "SIZE_FIT", "REFUND");
        FormBrowser tech = new FormBrowser(this::uri);
        assertThat(tech.signIn(t.technicianName(), "secret-technician")).isEqualTo("/console");
        HttpResponse<String> detail = tech.get(page);
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body()).doesNotContain("id=\"make-label\"").doesNotContain("id=\"resolve-form\"");
        assertThat(tech.get("/console/returns").body()).doesNotContain("id=\"new-return\"");
        assertThat(tech.post(page + "/label", Map.of()).statusCode()).isEqualTo(403);
        assertThat(tech.get("/console/returns/new").statusCode()).isEqualTo(403);
        assertThat(count("select count(*) from shipment where client_id = ?", t.id().value()))
                .isZero();
    }
}
