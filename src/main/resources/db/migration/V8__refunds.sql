-- Refunds: resolutions per return line, money movements with their lifecycle, the per-line cap, holds, the payout
-- ledger finance exports, store credit, and the stock that exchanges and replacements draw on.

-- What was paid for one return line and how much of it resolutions have used. A resolution commits its money and
-- units here under a row lock; the checks are the last guard, so no second refund or concurrent request can ever pay
-- more than was paid for the line.
create table refund_line_account (
    return_line_id   uuid primary key,
    client_id        uuid not null references client (id),
    return_id        uuid not null,
    currency         text not null,
    paid             numeric(14, 2) not null check (paid >= 0),
    quantity         integer not null check (quantity > 0),
    committed        numeric(14, 2) not null default 0,
    committed_units  integer not null default 0,
    constraint refund_within_paid check (committed between 0 and paid),
    constraint refund_units_within_quantity check (committed_units between 0 and quantity)
);

create table line_resolution (
    id              uuid primary key,
    client_id       uuid not null references client (id),
    return_id       uuid not null,
    rma_number      text not null,
    return_line_id  uuid not null,
    line_no         integer not null,
    kind            text not null,
    quantity        integer not null check (quantity > 0),
    allowed         numeric(14, 2) not null check (allowed >= 0),
    goods_sku       text,
    goods_value     numeric(14, 2),
    currency        text not null,
    unit_ids        text not null default '',
    source_key      text not null,
    explanation     text not null,
    created_by      text not null,
    created_at      timestamptz not null,
    unique (client_id, source_key)
);
create index line_resolution_return on line_resolution (client_id, return_id, created_at);

create table money_movement (
    id                uuid primary key,
    client_id         uuid not null references client (id),
    resolution_id     uuid not null references line_resolution (id),
    return_id         uuid not null,
    rma_number        text not null,
    return_line_id    uuid not null,
    line_no           integer not null,
    customer_email    text,
    kind              text not null,
    status            text not null,
    amount            numeric(14, 2) not null check (amount > 0),
    currency          text not null,
    quantity          integer not null check (quantity >= 0),
    unit_ids          text not null default '',
    trigger_step      text not null,
    paid              numeric(14, 2) not null,
    restocking_fee    numeric(14, 2) not null,
    shipping_fee      numeric(14, 2) not null,
    damage_deduction  numeric(14, 2) not null,
    explanation       text not null,
    hold_reason       text,
    failure_reason    text,
    attempts          integer not null default 0,
    idempotency_key   text not null unique,
    provider_ref      text,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    issued_at         timestamptz,
    version           bigint not null default 0
);
create index money_movement_client_status on money_movement (client_id, status, created_at desc);
create index money_movement_return on money_movement (client_id, return_id);

-- Units inspection held for their authenticity: a refund waiting on them is not paid.
create table refund_hold (
    unit_id     uuid primary key,
    client_id   uuid not null references client (id),
    rma_number  text,
    reason      text not null,
    held_at     timestamptz not null
);

-- The default payment adapter's ledger: one row per payout or charge, exported by finance as CSV.
create sequence payout_number_seq;
create table payout_ledger (
    id               uuid primary key,
    client_id        uuid not null references client (id),
    payout_number    bigint not null,
    movement_id      uuid not null,
    idempotency_key  text not null unique,
    direction        text not null,
    kind             text not null,
    amount           numeric(14, 2) not null check (amount > 0),
    currency         text not null,
    customer_email   text,
    rma_number       text,
    line_no          integer,
    recorded_at      timestamptz not null
);
create index payout_ledger_client_time on payout_ledger (client_id, recorded_at);

create table store_credit_account (
    client_id  uuid not null references client (id),
    email      text not null,
    currency   text not null,
    balance    numeric(14, 2) not null,
    updated_at timestamptz not null,
    constraint store_credit_never_negative check (balance >= 0),
    primary key (client_id, email)
);

-- append-only: every credit and debit with the balance after it
create table store_credit_entry (
    id             uuid primary key,
    client_id      uuid not null references client (id),
    email          text not null,
    amount         numeric(14, 2) not null check (amount <> 0),
    currency       text not null,
    balance_after  numeric(14, 2) not null check (balance_after >= 0),
    source_ref     text not null,
    recorded_by    text not null,
    recorded_at    timestamptz not null,
    unique (client_id, source_ref)
);
create index store_credit_entry_account on store_credit_entry (client_id, email, recorded_at);

-- What is available to send out as an exchange or replacement, per product; a reservation never takes it below zero.
create table exchange_stock (
    client_id   uuid not null references client (id),
    product_id  uuid not null references product (id),
    sku         text not null,
    available   integer not null,
    updated_at  timestamptz not null,
    constraint exchange_stock_never_negative check (available >= 0),
    primary key (client_id, product_id)
);
