-- returns publishes two read-only views for recalls (ADR 0025): the order line each return line came back from
-- (recall matching follows a returned unit back to its sale, ADR 0009) and each return's RMA number (a campaign's
-- unit list shows it). Only returns' migrations change them.
create view returns.return_line_origins as
select rl.id, rl.order_line_id
from returns.return_line rl;

create view returns.return_numbers as
select r.id, r.client_id, r.rma_number
from returns.return_request r;
