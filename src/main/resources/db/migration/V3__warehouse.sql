-- The warehouse: containers and places (custody), dock receipts (receiving), checklists and inspections (inspection),
-- work orders (workshop).

alter table return_request add column tracking_number text;
create index return_request_tracking on return_request (client_id, tracking_number);

-- custody: totes, pallets and gaylords, identified by an SSCC, nestable
create sequence sscc_serial_seq;

create table container (
    id          uuid primary key,
    client_id   uuid not null references client (id),
    sscc        text not null unique check (sscc ~ '^[0-9]{18}$'),
    kind        text not null check (kind in ('TOTE', 'PALLET', 'GAYLORD')),
    parent_id   uuid references container (id),
    location    text,
    created_at  timestamptz not null,
    created_by  text not null,
    version     bigint not null default 0,
    check (parent_id is null or parent_id <> id)
);
create index container_client on container (client_id);
create index container_parent on container (parent_id);

alter table unit add column container_id uuid references container (id);
alter table unit add column parent_unit_id uuid references unit (id);
create index unit_container on unit (container_id);
create index unit_client_plate on unit (client_id, licence_plate);

-- receiving: one row per unit per dock outcome
create table receipt (
    id           uuid primary key,
    client_id    uuid not null references client (id),
    unit_id      uuid not null references unit (id),
    scanned      text not null,
    outcome      text not null check (outcome in ('RECEIVED', 'DAMAGED_IN_TRANSIT', 'WRONG_ITEM', 'SHORT', 'EXTRA', 'BLIND')),
    rma_number   text,
    reason       text,
    location     text,
    container    text,
    note         text,
    recorded_by  text not null,
    recorded_at  timestamptz not null
);
create index receipt_client_time on receipt (client_id, recorded_at desc);
create index receipt_unit on receipt (unit_id);
-- a unit is taken in once; SHORT is a report, not a receipt
create unique index receipt_once on receipt (unit_id) where outcome <> 'SHORT';

-- inspection: versioned checklists per product family and inspection path
create table checklist (
    id          uuid primary key,
    client_id   uuid not null references client (id),
    family      text not null,
    path        text not null,
    version     integer not null,
    name        text not null,
    items       jsonb not null,
    active      boolean not null,
    created_at  timestamptz not null,
    created_by  text not null,
    unique (client_id, family, path, version)
);

create table inspection (
    id                  uuid primary key,
    client_id           uuid not null references client (id),
    unit_id             uuid not null references unit (id),
    checklist_id        uuid references checklist (id),
    source              text not null,
    answers             jsonb not null,
    functional_grade    text not null,
    cosmetic_grade      text not null,
    data_bearing        boolean not null,
    sanitised           boolean not null,
    locked              boolean not null,
    battery_state       text not null,
    authenticity_hold   boolean not null,
    findings            jsonb not null,
    inspector           text not null,
    inspected_at        timestamptz not null
);
create index inspection_unit on inspection (unit_id, inspected_at desc);

-- workshop
create table technician_qualification (
    client_id   uuid not null references client (id),
    technician  text not null,
    family      text not null,
    primary key (client_id, technician, family)
);

create sequence work_order_number_seq;

create table work_order (
    id               uuid primary key,
    client_id        uuid not null references client (id),
    number           text not null unique,
    unit_id          uuid not null references unit (id),
    kind             text not null,
    status           text not null,
    family           text,
    technician       text,
    required_tests   jsonb not null,
    test_results     jsonb not null,
    parts            jsonb not null,
    labour_minutes   integer not null default 0 check (labour_minutes >= 0),
    result           jsonb,
    sanitisation     jsonb,
    source_ref       text,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          bigint not null default 0
);
create index work_order_queue on work_order (client_id, status, kind);
create index work_order_unit on work_order (unit_id);

create table work_order_event (
    id             bigserial primary key,
    work_order_id  uuid not null references work_order (id),
    from_status    text,
    to_status      text not null,
    actor          text not null,
    note           text,
    occurred_at    timestamptz not null
);
create index work_order_event_order on work_order_event (work_order_id, id);

-- inspection: the queue receiving fills through its events
create table inspection_task (
    unit_id      uuid primary key references unit (id),
    client_id    uuid not null references client (id),
    path         text not null,
    reason       text,
    resolution   text,
    outcome      text,
    rma_number   text,
    queued_at    timestamptz not null,
    done_at      timestamptz
);
create index inspection_task_queue on inspection_task (client_id, queued_at) where done_at is null;
