-- orders publishes a read-only view of its sold order lines for recall matching (ADR 0009, ADR 0025): one row per
-- order line with the order's client and date, exactly the columns matching reads. Only orders' migrations change it.
create view orders.sold_lines as
select ol.id, ol.order_id, o.client_id, ol.product_id, ol.quantity, ol.returned_quantity, ol.lot, ol.serial,
       o.ordered_at
from orders.order_line ol
  join orders.customer_order o on o.id = ol.order_id;
