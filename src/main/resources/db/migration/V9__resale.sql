-- Resale: sales channels per client, listings of single units, B2B / liquidation lots and their units.

create table sales_channel (
    id           uuid primary key,
    client_id    uuid not null references client (id),
    code         text not null check (code ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
    name         text not null,
    kind         text not null check (kind in ('OWN_STORE', 'MARKETPLACE', 'OUTLET', 'B2B')),
    fee_percent  numeric(5, 2) not null check (fee_percent >= 0 and fee_percent <= 100),
    fixed_fee    numeric(14, 2) not null check (fixed_fee >= 0),
    currency     text not null check (currency ~ '^[A-Z]{3}$'),
    source       text not null,
    created_at   timestamptz not null,
    version      bigint not null default 0,
    unique (client_id, code)
);

create table listing (
    id             uuid primary key,
    client_id      uuid not null references client (id),
    number         text not null unique,
    unit_id        uuid not null references unit (id),
    channel_id     uuid not null references sales_channel (id),
    status         text not null check (status in ('DRAFT', 'LISTED', 'SOLD', 'WITHDRAWN')),
    option         text not null,
    sku            text not null,
    title          text not null,
    condition      text not null,
    asking_price   numeric(14, 2) not null check (asking_price >= 0),
    price_source   text not null,
    sale_price     numeric(14, 2) check (sale_price >= 0),
    fee            numeric(14, 2) check (fee >= 0),
    currency       text not null check (currency ~ '^[A-Z]{3}$'),
    buyer          text,
    note           text,
    created_at     timestamptz not null,
    listed_at      timestamptz,
    closed_at      timestamptz,
    version        bigint not null default 0
);
create index listing_client_status on listing (client_id, status, created_at);
-- a unit is offered, or sold, once at a time: only withdrawn listings may repeat
create unique index listing_one_per_unit on listing (unit_id) where status <> 'WITHDRAWN';

create sequence listing_number_seq;
create sequence lot_number_seq;

create table resale_lot (
    id            uuid primary key,
    client_id     uuid not null references client (id),
    number        text not null unique,
    title         text not null,
    status        text not null check (status in ('OPEN', 'CLOSED', 'SOLD', 'CANCELLED')),
    category      text,
    grade_band    text,
    site          text,
    currency      text not null check (currency ~ '^[A-Z]{3}$'),
    channel_id    uuid references sales_channel (id),
    sale_price    numeric(14, 2) check (sale_price >= 0),
    fee           numeric(14, 2) check (fee >= 0),
    buyer         text,
    created_at    timestamptz not null,
    created_by    text not null,
    closed_at     timestamptz,
    sold_at       timestamptz,
    version       bigint not null default 0
);
create index resale_lot_client_status on resale_lot (client_id, status, created_at);

-- the lot's units with what the manifest says of each, as it was when the unit joined the lot
create table lot_unit (
    lot_id         uuid not null references resale_lot (id),
    unit_id        uuid not null references unit (id),
    client_id      uuid not null references client (id),
    position       integer not null,
    licence_plate  text not null,
    sku            text not null,
    description    text not null,
    brand          text,
    gtin           text,
    category       text not null,
    grade_band     text not null,
    condition      text not null,
    unit_retail    numeric(14, 2) not null check (unit_retail >= 0),
    share          numeric(14, 2) check (share >= 0),
    fee_share      numeric(14, 2) check (fee_share >= 0),
    active         boolean not null default true,
    primary key (lot_id, unit_id)
);
-- a unit is in one open, closed or sold lot at most; a cancelled lot lets its units go
create unique index lot_unit_once on lot_unit (unit_id) where active;
create index lot_unit_lot on lot_unit (lot_id, position);
