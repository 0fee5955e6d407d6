-- Warehouse throughput (docs/benchmarks.md, "Warehouse").

-- Each unit keeps the number of its last custody entry, so that appending one needs no max(seq) query first.
alter table unit add column last_seq integer not null default 0;
update unit u set last_seq = e.last from (
    select unit_id, max(seq) as last from custody_event group by unit_id
) e where e.unit_id = u.id;

-- A re-evaluation rewrites every decision's options (about 5 kB of JSON each): lz4 compresses them several times
-- faster than the default pglz, where the server has it (values already stored keep their compression).
do $$
begin
    if exists (select 1 from pg_settings where name = 'default_toast_compression' and 'lz4' = any (enumvals)) then
        alter table disposition_decision alter column options set compression lz4;
        alter table disposition_decision alter column facts set compression lz4;
    end if;
end
$$;

-- A re-evaluation reads a client's decisions in unit order, a batch at a time (unit_id > last one, limit n): in this
-- index that is a range read, where the (client_id, option) index made every batch collect and sort all the rest.
create index disposition_decision_client_unit on disposition_decision (client_id, unit_id);
