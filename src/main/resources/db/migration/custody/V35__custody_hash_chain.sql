-- The chain of custody is hash-chained per unit (ADR 0031): each entry stores the SHA-256 of the previous entry's hash
-- followed by its own canonical content, so that an entry changed behind the application's back (by a superuser, on
-- a restored backup) no longer matches and GET /api/units/{id}/custody/verify names it. The hash is computed by a
-- trigger in the inserting transaction, so every path that writes the ledger (JPA, the bulk SQL of a recall, an
-- import) chains alike; unique (unit_id, seq) means two concurrent appends to a unit cannot both chain off one entry.
set local search_path = custody, public;

alter table custody_event add column prev_hash bytea, add column hash bytea;

-- The content an entry's hash covers, as JSON text (strings escaped, nulls explicit) with instants in UTC to the
-- microsecond, whatever the session's time zone. The verifier reads it through this same function.
create function custody_event_canonical(e custody_event) returns text language sql stable as $$
    select json_build_array(
        e.unit_id, e.seq, e.type, e.location, e.holder,
        to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        e.recorded_by,
        to_char(e.recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        e.source_ref, e.note)::text
$$;

create function custody_event_chain() returns trigger language plpgsql as $$
begin
    select hash into new.prev_hash from custody_event
     where unit_id = new.unit_id and seq < new.seq
     order by seq desc limit 1;
    new.hash := sha256(coalesce(new.prev_hash, ''::bytea) || convert_to(custody_event_canonical(new), 'UTF8'));
    return new;
end;
$$;

-- Backfill the entries written before the chain, unit by unit in sequence order. The one time the ledger is updated:
-- the append-only trigger is off for this statement's transaction only.
alter table custody_event disable trigger custody_event_no_update;
do $$
declare
    r        record;
    previous bytea;
    unit     uuid;
begin
    for r in select e.id, e.unit_id, custody_event_canonical(e) as content from custody_event e order by e.unit_id, e.seq
    loop
        if unit is distinct from r.unit_id then
            previous := null;
            unit := r.unit_id;
        end if;
        update custody_event
           set prev_hash = previous,
               hash = sha256(coalesce(previous, ''::bytea) || convert_to(r.content, 'UTF8'))
         where id = r.id
        returning hash into previous;
    end loop;
end;
$$;
alter table custody_event enable trigger custody_event_no_update;

alter table custody_event alter column hash set not null;

create trigger custody_event_chain before insert on custody_event
    for each row execute function custody_event_chain();
