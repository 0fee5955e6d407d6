-- inspection: a task keeps the licence plate and SKU the queue shows, copied from receiving's UnitReceived, so the
-- queue no longer joins custody's unit table (issue 13). No backfill: a migration may not read another module's
-- tables, and there is no production install; tasks queued before this migration show no plate or SKU.
alter table inspection_task add column licence_plate text;
alter table inspection_task add column sku text;
