-- Recall campaigns: what was sold can now carry a lot and a serial, and a campaign finds it by them.

-- orders: the lot and (for a line of one item) the serial of what was sold; both optional
alter table order_line add column lot text;
alter table order_line add column serial text;
create index order_line_product on order_line (product_id);

-- disposition: units under a recall, so that a unit graded later is judged as recalled whatever it came back for
create table disposition_recalled_unit (
    unit_id      uuid primary key,
    client_id    uuid not null references client (id),
    campaign     text not null,
    recalled_at  timestamptz not null
);

create sequence recall_number_seq;

create table recall_campaign (
    id               uuid primary key,
    client_id        uuid not null references client (id),
    number           text not null unique,
    name             text not null,
    status           text not null,
    product_id       uuid not null references product (id),
    sku              text not null,
    lots             text[],
    serial_from      text,
    serial_to        text,
    sold_from        date,
    sold_to          date,
    remedy           text,
    note             text,
    -- the launch job's progress: order lines turned into returns of the total matched
    lines_total      integer not null default 0,
    lines_done       integer not null default 0,
    expected_units   integer not null default 0,
    created_at       timestamptz not null,
    created_by       text not null,
    launched_at      timestamptz,
    launched_by      text,
    launch_finished_at timestamptz,
    closed_at        timestamptz,
    version          bigint not null default 0
);
create index recall_campaign_client on recall_campaign (client_id, created_at desc);

-- the order lines a launch matched, snapshot at launch; return_id is set once the line's return exists
create table recall_line (
    campaign_id    uuid not null references recall_campaign (id) on delete cascade,
    -- the orders module's line, referenced by id only (no foreign key: 100,000 checks a launch would not need)
    order_line_id  uuid not null,
    order_id       uuid not null,
    quantity       integer not null check (quantity > 0),
    return_id      uuid,
    -- the line had nothing left to return when its batch ran (returned meanwhile)
    skipped        boolean not null default false,
    primary key (campaign_id, order_line_id)
);
create index recall_line_pending on recall_line (campaign_id, order_id) where return_id is null and not skipped;

-- every unit a campaign brings back (or found already in custody) and when it came in
create table recall_unit (
    campaign_id   uuid not null references recall_campaign (id) on delete cascade,
    unit_id       uuid not null,
    client_id     uuid not null,
    return_id     uuid,
    origin        text not null,
    received_at   timestamptz,
    primary key (campaign_id, unit_id)
);
create index recall_unit_unit on recall_unit (unit_id);
