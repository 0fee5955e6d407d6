-- Carrier events that match no shipment or order (an unknown tracking number, client or order): kept once per
-- carrier and event id for an operator to reconcile, instead of failing the carrier's call or losing the event.
create table unmatched_carrier_event (
    id               bigserial primary key,
    carrier          text not null,
    event_id         text not null,
    type             text not null,
    tracking_number  text,
    client_code      text,
    order_number     text,
    location         text,
    note             text,
    occurred_at      timestamptz not null,
    received_at      timestamptz not null,
    reason           text not null,
    unique (carrier, event_id)
);
create index unmatched_carrier_event_received on unmatched_carrier_event (received_at desc);

-- A container's SSCC (a pallet's code) is unique within its client, not across clients: refusing one client's code
-- because another client holds it would confirm that the other's container exists.
alter table container drop constraint container_sscc_key;
alter table container add constraint container_client_sscc_key unique (client_id, sscc);
