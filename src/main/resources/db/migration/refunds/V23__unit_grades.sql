-- Refunds' own copy of what inspection found of a returned unit that bears on its money (ADR 0024): its latest grades
-- and authenticity hold (inspection.UnitGraded) and the reason of its latest hold (inspection.UnitHeld), each kept
-- from the newest event of its kind. No copy of earlier gradings: databases from before V22 are out of scope.
set local search_path = refunds, public;

create table unit_grades (
    unit_id           uuid primary key,
    client_id         uuid not null,
    functional_grade  text,
    cosmetic_grade    text,
    authenticity_hold boolean not null default false,
    graded_at         timestamptz,
    hold_reason       text,
    held_at           timestamptz
);
