-- Retrogistics foundation schema: catalog, orders, access, returns, custody, API plumbing.
-- Every business row carries client_id: one installation serves many clients and none sees another's rows.

create table client (
    id          uuid primary key,
    code        text not null unique,
    name        text not null,
    currency    text not null check (currency ~ '^[A-Z]{3}$'),
    created_at  timestamptz not null default now(),
    version     bigint not null default 0
);

create table app_user (
    id             uuid primary key,
    client_id      uuid not null references client (id),
    username       text not null unique,
    password_hash  text not null,
    display_name   text not null,
    roles          text not null,
    enabled        boolean not null default true,
    version     bigint not null default 0
);

create table api_token (
    id          uuid primary key,
    client_id   uuid not null references client (id),
    name        text not null,
    token_hash  text not null unique,
    roles       text not null,
    created_at  timestamptz not null default now(),
    revoked_at  timestamptz,
    version     bigint not null default 0
);

create table product (
    id                 uuid primary key,
    client_id          uuid not null references client (id),
    sku                text not null,
    gtin               text check (gtin ~ '^[0-9]{14}$'),
    name               text not null,
    brand              text,
    category           text not null,
    family             text not null,
    weight_grams       integer not null check (weight_grams >= 0),
    unit_value         numeric(14, 2) not null check (unit_value >= 0),
    currency           text not null check (currency ~ '^[A-Z]{3}$'),
    returnable         boolean not null default true,
    warranty_months    integer not null default 0 check (warranty_months >= 0),
    serialized         boolean not null default false,
    data_bearing       boolean not null default false,
    battery_chemistry  text,
    battery_wh         numeric(8, 2),
    battery_packing    text,
    unu_key            text,
    version            bigint not null default 0,
    unique (client_id, sku)
);
create index product_client_category on product (client_id, category);

create table site (
    id         uuid primary key,
    client_id  uuid not null references client (id),
    code       text not null,
    name       text not null,
    kind       text not null,
    address    text,
    latitude   double precision,
    longitude  double precision,
    version    bigint not null default 0,
    unique (client_id, code)
);

create table customer_order (
    id              uuid primary key,
    client_id       uuid not null references client (id),
    order_number    text not null,
    customer_email  text not null,
    customer_name   text,
    ordered_at      timestamptz not null,
    delivered_at    timestamptz,
    currency        text not null check (currency ~ '^[A-Z]{3}$'),
    version         bigint not null default 0,
    unique (client_id, order_number)
);
create index customer_order_client_email on customer_order (client_id, lower(customer_email));

create table order_line (
    id                 uuid primary key,
    order_id           uuid not null references customer_order (id) on delete cascade,
    line_no            integer not null,
    product_id         uuid not null references product (id),
    sku                text not null,
    quantity           integer not null check (quantity > 0),
    unit_price         numeric(14, 2) not null check (unit_price >= 0),
    final_sale         boolean not null default false,
    returned_quantity  integer not null default 0,
    -- the guard against over-returning lives in the database too, so concurrent requests cannot pass it
    constraint order_line_returned_within_delivered check (returned_quantity between 0 and quantity),
    unique (order_id, line_no)
);

create table return_policy (
    id                         uuid primary key,
    client_id                  uuid not null references client (id),
    version                    integer not null,
    effective_from             timestamptz not null,
    window_days                integer not null check (window_days >= 0),
    ship_within_days           integer not null check (ship_within_days > 0),
    non_returnable_categories  text not null default '',
    restocking_fee_percent     numeric(5, 2) not null default 0,
    fee_free_reasons           text not null default '',
    offered_resolutions        text not null,
    money_moves                text not null,
    review_above_amount        numeric(14, 2),
    allow_without_order        boolean not null default true,
    created_at                 timestamptz not null default now(),
    row_version                bigint not null default 0,
    unique (client_id, version)
);

create table reason_mapping (
    source         text not null,
    external_code  text not null,
    reason         text not null,
    description    text,
    primary key (source, external_code)
);

create sequence rma_number_seq;

create table return_request (
    id                 uuid primary key,
    client_id          uuid not null references client (id),
    rma_number         text not null unique,
    kind               text not null,
    status             text not null,
    customer_email     text,
    customer_name      text,
    policy_id          uuid references return_policy (id),
    policy_version     integer,
    decision_outcome   text,
    decision_reason    text,
    resolution_note    text,
    requested_at       timestamptz not null,
    authorized_at      timestamptz,
    expires_at         timestamptz,
    updated_at         timestamptz not null,
    version            bigint not null default 0
);
create index return_request_client_status on return_request (client_id, status, requested_at desc);
create index return_request_client_email on return_request (client_id, lower(customer_email));

create table return_line (
    id                    uuid primary key,
    return_id             uuid not null references return_request (id) on delete cascade,
    line_no               integer not null,
    order_id              uuid references customer_order (id),
    order_number          text,
    order_line_id         uuid references order_line (id),
    product_id            uuid not null references product (id),
    sku                   text not null,
    quantity              integer not null check (quantity > 0),
    received_quantity     integer not null default 0,
    reason                text not null,
    external_reason_code  text,
    note                  text,
    serial                text,
    lot                   text,
    requested_resolution  text not null,
    outcome               text not null,
    outcome_reason        text not null,
    unit_price            numeric(14, 2),
    restocking_fee        numeric(14, 2),
    constraint return_line_received_within_quantity check (received_quantity between 0 and quantity),
    unique (return_id, line_no)
);
create index return_line_order_line on return_line (order_line_id);

-- ids come from sequences that step by 50, so Hibernate takes a block at a time and batches the inserts
create sequence return_event_seq increment by 50;

create table return_event (
    id           bigint primary key,
    return_id    uuid not null references return_request (id) on delete cascade,
    type         text not null,
    from_status  text,
    to_status    text not null,
    occurred_at  timestamptz not null,
    actor        text not null,
    detail       text
);
create index return_event_return on return_event (return_id, id);

create sequence licence_plate_seq;

create table unit (
    id             uuid primary key,
    client_id      uuid not null references client (id),
    product_id     uuid not null references product (id),
    sku            text not null,
    serial         text,
    lot            text,
    licence_plate  text not null unique,
    source_ref     text not null,
    state          text not null,
    location       text,
    holder         text,
    created_at     timestamptz not null,
    version        bigint not null default 0
);
create index unit_client_serial on unit (client_id, serial);
create index unit_source_ref on unit (source_ref);

create sequence custody_event_seq increment by 50;

create table custody_event (
    id           bigint primary key,
    unit_id      uuid not null references unit (id),
    seq          integer not null,
    type         text not null,
    location     text,
    holder       text,
    occurred_at  timestamptz not null,
    recorded_by  text not null,
    recorded_at  timestamptz not null default now(),
    source_ref   text,
    note         text,
    unique (unit_id, seq)
);

-- The chain of custody is append-only: no update or delete is ever allowed, whoever asks.
create function custody_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'custody_event is append-only (% refused)', tg_op using errcode = 'P0001';
end;
$$;
create trigger custody_event_no_update before update or delete on custody_event
    for each row execute function custody_event_append_only();

create table idempotency_record (
    scope          text not null,
    idem_key       text not null,
    request_hash   text not null,
    status         integer,
    content_type   text,
    location       text,
    body           bytea,
    created_at     timestamptz not null default now(),
    primary key (scope, idem_key)
);

-- Spring Modulith event publication registry (the transactional outbox), schema v2 for PostgreSQL.
create table event_publication (
    id                      uuid not null primary key,
    listener_id             text not null,
    event_type              text not null,
    serialized_event        text not null,
    publication_date        timestamptz not null,
    completion_date         timestamptz,
    status                  text,
    completion_attempts     integer,
    last_resubmission_date  timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
