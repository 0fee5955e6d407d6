-- How a unit left the reverse flow when no sale or recycler ended it: restocked, returned to its customer or vendor,
-- donated. One row per unit: the primary key makes a second outcome for the same unit impossible.
create table unit_outcome (
    unit_id      uuid primary key references unit (id),
    client_id    uuid not null references client (id),
    outcome      text not null check (outcome in ('RESTOCKED', 'RETURNED_TO_CUSTOMER', 'RETURNED_TO_VENDOR', 'DONATED')),
    holder       text,
    note         text,
    recorded_by  text not null,
    recorded_at  timestamptz not null
);
create index unit_outcome_client on unit_outcome (client_id, recorded_at);
