-- The history's returns for the analytics of issue 14 (ADR 0032, ADR 0025): read-only, one row per returned line,
-- with its matched purchase when there is one.
create view history.returned_history as
select client_id,
       invoice_no,
       line_in_invoice,
       stock_code,
       -quantity as units,
       unit_price,
       currency,
       invoiced_at as returned_at,
       customer_ref,
       country,
       purchase_invoice,
       purchase_line,
       purchased_at,
       extract(epoch from invoiced_at - purchased_at) / 86400.0 as days_to_return
from history.history_line
where kind = 'RETURN';
