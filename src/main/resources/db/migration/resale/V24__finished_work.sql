-- Resale's own record of the work finished on a unit (ADR 0024): one row per unit and kind of work, from the newest
-- workshop.WorkOrderCompleted of that kind. No copy of earlier work: databases from before V22 are out of scope.
set local search_path = resale, public;

create table finished_work (
    unit_id       uuid not null,
    kind          text not null,
    client_id     uuid not null,
    work_order_id uuid not null,
    completed_at  timestamptz not null,
    primary key (unit_id, kind)
);
