-- Recycling: certified recyclers, recycling and destruction batches with weights and certificates, disposals to
-- landfill, and every unit's fate (from any module) for the landfill-diversion report.

create table recycler (
    id          uuid primary key,
    client_id   uuid not null references client (id),
    site_id     uuid not null references site (id),
    code        text not null,
    name        text not null,
    created_at  timestamptz not null,
    version     bigint not null default 0,
    unique (client_id, code)
);

create table recycler_certification (
    recycler_id  uuid not null references recycler (id),
    seq          integer not null,
    scheme       text not null check (scheme in ('R2', 'E_STEWARDS', 'ISO_14001')),
    number       text not null,
    valid_from   date not null,
    valid_until  date not null,
    primary key (recycler_id, seq),
    check (valid_until >= valid_from)
);

create sequence recycling_batch_seq;

create table recycling_batch (
    id                  uuid primary key,
    client_id           uuid not null references client (id),
    number              text not null unique,
    recycler_id         uuid not null references recycler (id),
    purpose             text not null check (purpose in ('RECYCLE', 'DESTROY')),
    status              text not null,
    batch_date          date not null,
    method              text,
    processed_on        date,
    certificate_number  text unique,
    certificate_pdf     bytea,
    cost_amount         numeric(14, 2),
    rebate_amount       numeric(14, 2),
    currency            text,
    note                text,
    created_at          timestamptz not null,
    created_by          text not null,
    shipped_at          timestamptz,
    closed_at           timestamptz,
    version             bigint not null default 0
);
create index recycling_batch_client on recycling_batch (client_id, created_at desc);

create table recycling_batch_unit (
    batch_id            uuid not null references recycling_batch (id),
    seq                 integer not null,
    unit_id             uuid not null,
    licence_plate       text not null,
    serial              text,
    sku                 text not null,
    category            text,
    weight_grams        bigint not null check (weight_grams >= 0),
    weight_source       text not null check (weight_source in ('SCALE', 'PRODUCT', 'UNU_KEY')),
    data_bearing        boolean not null,
    sanitisation_cert   text,
    added_at            timestamptz not null,
    added_by            text not null,
    -- false once the batch is cancelled: the unit is free to join another
    active              boolean not null,
    primary key (batch_id, seq)
);
-- a unit is in at most one batch that is not cancelled, even when two requests race
create unique index recycling_batch_unit_active on recycling_batch_unit (unit_id) where active;

create table disposal (
    id             uuid primary key,
    client_id      uuid not null references client (id),
    unit_id        uuid not null unique,
    weight_grams   bigint not null check (weight_grams >= 0),
    weight_source  text not null,
    note           text,
    disposed_at    timestamptz not null,
    disposed_by    text not null
);

-- every UnitFateReached fact, once per (unit, source); the report takes each unit's latest
create table unit_fate (
    id                bigserial primary key,
    client_id         uuid not null,
    unit_id           uuid not null,
    fate              text not null,
    weight_grams      bigint,
    weight_estimated  boolean not null,
    category          text,
    source_type       text not null,
    source_ref        text not null,
    occurred_at       timestamptz not null,
    unique (unit_id, source_type, source_ref)
);
create index unit_fate_client on unit_fate (client_id, occurred_at);
