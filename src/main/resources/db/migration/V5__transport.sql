-- Transport: return labels (shipments with their legs) and carrier tracking events.

create sequence tracking_number_seq;

create table shipment (
    id               uuid primary key,
    client_id        uuid not null references client (id),
    return_id        uuid not null references return_request (id),
    rma_number       text not null,
    carrier          text not null,
    service          text not null check (service in ('GROUND', 'AIR')),
    tracking_number  text not null unique,
    status           text not null,
    un_numbers       text not null,
    damaged_battery  boolean not null,
    last_event_at    timestamptz,
    created_at       timestamptz not null,
    created_by       text not null,
    version          bigint not null default 0
);
create unique index shipment_return on shipment (return_id);

create table shipment_leg (
    id             bigserial primary key,
    shipment_id    uuid not null references shipment (id),
    seq            integer not null,
    from_place     text not null,
    to_place       text not null,
    mode           text not null,
    distance_km    numeric(10, 1),
    co2_kg         numeric(10, 3),
    unique (shipment_id, seq)
);

-- every inbound carrier event, applied or not, with what became of it
create table carrier_event (
    id               bigserial primary key,
    carrier          text not null,
    event_id         text not null,
    tracking_number  text,
    shipment_id      uuid references shipment (id),
    type             text not null,
    occurred_at      timestamptz not null,
    received_at      timestamptz not null,
    outcome          text not null,
    detail           text,
    unique (carrier, event_id)
);
create index carrier_event_shipment on carrier_event (shipment_id, occurred_at);
