-- custody publishes a read-only view of its units for the set-based reads of other modules (ADR 0025): resale's lot
-- check and manifest (plates, serials, the container a unit is in) and recall matching (ADR 0009). The view is
-- custody's: only custody's migrations change it, readers only select from it (architecture/published-views.csv).
create view custody.unit_facts as
select u.id, u.client_id, u.product_id, u.sku, u.licence_plate, u.serial, u.lot, u.state, u.source_ref,
       u.parent_unit_id, c.sscc as container_sscc
from custody.unit u
  left join custody.container c on c.id = u.container_id;
