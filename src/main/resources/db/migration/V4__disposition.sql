-- Disposition: each unit's current decision with every option considered, its changes, overrides (audited),
-- the clients' recovery tables (versions) and their own rules.

create table recovery_table (
    client_id   uuid not null references client (id),
    version     integer not null,
    csv         text not null,
    created_at  timestamptz not null,
    created_by  text not null,
    primary key (client_id, version)
);

create table disposition_rules (
    client_id   uuid primary key references client (id),
    version     integer not null,
    rules       text not null,
    updated_at  timestamptz not null,
    updated_by  text not null
);

create table disposition_decision (
    unit_id         uuid primary key references unit (id),
    client_id       uuid not null references client (id),
    option          text not null,
    recommended     text not null,
    required_work   text not null,
    overridden      boolean not null,
    last_resort     boolean not null,
    expected_net    numeric(14, 2) not null,
    currency        char(3) not null,
    explanation     text not null,
    facts           jsonb not null,
    options         jsonb not null,
    overrides       jsonb not null,
    table_id        text not null,
    table_version   integer not null,
    rules_version   integer not null,
    decided_at      timestamptz not null,
    revision        integer not null
);
create index disposition_decision_client on disposition_decision (client_id, option);

-- what the decision was before each change: the trail a person reads to see how it came to be
create table disposition_change (
    id            bigserial primary key,
    unit_id       uuid not null references unit (id),
    client_id     uuid not null references client (id),
    revision      integer not null,
    from_option   text,
    to_option     text not null,
    expected_net  numeric(14, 2) not null,
    trigger       text not null,
    actor         text not null,
    reason        text,
    occurred_at   timestamptz not null
);
create index disposition_change_unit on disposition_change (unit_id, id);

-- progress of a client's re-evaluation after its recovery table or rules changed
create table disposition_reevaluation (
    id           bigserial primary key,
    client_id    uuid not null references client (id),
    trigger      text not null,
    total        integer not null,
    done         integer not null,
    changed      integer not null,
    started_at   timestamptz not null,
    finished_at  timestamptz
);
create index disposition_reevaluation_client on disposition_reevaluation (client_id, started_at desc);
