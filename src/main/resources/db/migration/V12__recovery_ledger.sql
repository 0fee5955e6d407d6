-- The recovery ledger: every cost and every recovery of a unit, as the modules where they happened publish them
-- (RecoveryFacts), so that net recovery per unit, return, client and disposition option is a query.

create table recovery_entry (
    id           bigserial primary key,
    unit_id      uuid not null references unit (id),
    return_id    uuid,
    client_id    uuid not null references client (id),
    kind         text not null check (kind in ('TRANSPORT', 'LABOUR', 'PARTS', 'FEES', 'REFUND', 'RECYCLING',
                                               'SALE', 'LOT_SHARE', 'PARTS_VALUE', 'REFUND_AVOIDED',
                                               'RECYCLING_REBATE')),
    side         text not null check (side in ('COST', 'RECOVERY')),
    amount       numeric(19, 4) not null check (amount >= 0),
    currency     char(3) not null,
    source_type  text not null,
    source_ref   text not null,
    occurred_at  timestamptz not null,
    recorded_at  timestamptz not null default now(),
    -- a fact delivered twice is recorded once
    unique (source_type, source_ref, unit_id, kind)
);
create index recovery_entry_unit on recovery_entry (client_id, unit_id);
create index recovery_entry_return on recovery_entry (client_id, return_id);
create index recovery_entry_time on recovery_entry (client_id, occurred_at);

-- What the disposition model expected of the option in force, one row per revision that changed the option.
create table recovery_expectation (
    unit_id       uuid not null references unit (id),
    revision      integer not null,
    client_id     uuid not null references client (id),
    return_id     uuid,
    option        text not null,
    expected_net  numeric(19, 4) not null,
    currency      char(3) not null,
    decided_at    timestamptz not null,
    recorded_at   timestamptz not null default now(),
    primary key (unit_id, revision)
);
create index recovery_expectation_client on recovery_expectation (client_id, unit_id, revision desc);

-- Where each unit ended (a sale, a restock, a recycling batch): the last line of its story.
create table recovery_unit_fate (
    unit_id      uuid not null references unit (id),
    client_id    uuid not null references client (id),
    fate         text not null,
    source_type  text not null,
    source_ref   text not null,
    occurred_at  timestamptz not null,
    primary key (unit_id, source_type, source_ref)
);

-- Like the chain of custody, the ledger is append-only: no update or delete, whoever asks.
create function recovery_ledger_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only (% refused)', tg_table_name, tg_op using errcode = 'P0001';
end;
$$;
create trigger recovery_entry_no_update before update or delete on recovery_entry
    for each row execute function recovery_ledger_append_only();
create trigger recovery_expectation_no_update before update or delete on recovery_expectation
    for each row execute function recovery_ledger_append_only();
create trigger recovery_unit_fate_no_update before update or delete on recovery_unit_fate
    for each row execute function recovery_ledger_append_only();
