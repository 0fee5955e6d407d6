-- Core guarantees (docs/adr/0011): one money cap per order line across all its returns, quantities that follow the
-- units, lost parcels and kept items as outcomes, store credit per currency, and the exchange scope per client.

-- What was paid for one order line and how much of it every resolution on every return of it has used. Locked before
-- the return line's own account, so two returns of the same line are settled one after the other; the check is the
-- last guard.
create table refund_order_line_account (
    order_line_id  uuid primary key,
    client_id      uuid not null references client (id),
    currency       text not null,
    paid           numeric(14, 2) not null check (paid >= 0),
    committed      numeric(14, 2) not null default 0,
    constraint refund_within_order_line_paid check (committed between 0 and paid)
);

-- The earlier returns' commitments count against their order lines from the start.
insert into refund_order_line_account (order_line_id, client_id, currency, paid, committed)
select rl.order_line_id, a.client_id, a.currency, ol.quantity * ol.unit_price,
       least(sum(a.committed), ol.quantity * ol.unit_price)
  from refund_line_account a
  join return_line rl on rl.id = a.return_line_id
  join order_line ol on ol.id = rl.order_line_id
 where rl.order_line_id is not null
 group by rl.order_line_id, a.client_id, a.currency, ol.quantity, ol.unit_price;

-- What became of a return line's units besides arriving: how many a resolution covers, on how many money moved, how
-- many went (or were exchanged) back to the customer, and how many the customer keeps.
alter table return_line
    add column resolved_quantity   integer not null default 0,
    add column money_quantity      integer not null default 0,
    add column given_back_quantity integer not null default 0,
    add column kept_quantity       integer not null default 0,
    add constraint return_line_resolved_within_quantity check (resolved_quantity between 0 and quantity),
    add constraint return_line_money_within_quantity check (money_quantity between 0 and quantity),
    add constraint return_line_given_back_within_quantity check (given_back_quantity between 0 and quantity),
    add constraint return_line_kept_within_quantity check (kept_quantity between 0 and quantity);

update return_line rl set resolved_quantity = least(a.committed_units, rl.quantity),
                          money_quantity = case when a.committed > 0 then least(a.committed_units, rl.quantity) else 0 end
  from refund_line_account a where a.return_line_id = rl.id;

alter table return_request
    add column last_scan_at            timestamptz,
    add column lost_at               timestamptz,
    add column expiry_withheld_at    timestamptz;
update return_request set last_scan_at = updated_at where status = 'IN_TRANSIT';
create index return_request_in_transit on return_request (last_scan_at) where status = 'IN_TRANSIT';

-- The policy says when a shipped parcel with no further scan counts as lost, what money a lost parcel moves, and
-- which goods an exchange may send out.
alter table return_policy
    add column lost_after_days    integer not null default 21 check (lost_after_days between 1 and 365),
    add column lost_parcel_money  text not null default 'AS_REQUESTED',
    add column exchange_scope     text not null default 'SAME_PRODUCT';

-- Variants of one product share a model (size, colour); an exchange within the same product stays within it.
alter table product add column model text;

-- Store credit: one balance per client, customer and currency; a debit never crosses currencies.
alter table store_credit_account drop constraint store_credit_account_pkey;
alter table store_credit_account add primary key (client_id, email, currency);

-- An exchange or replacement withdrawn before its goods went out (its return or the exchange itself was cancelled).
alter table line_resolution
    add column withdrawn_at      timestamptz,
    add column withdrawn_reason  text;
