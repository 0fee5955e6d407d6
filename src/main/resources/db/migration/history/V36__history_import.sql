-- A client's sales history imported from CSV (ADR 0032): kept apart from live orders and returns, so that nothing that
-- moves money or units (refunds, custody, expiry jobs, the portal, metrics) can act on it.
create schema if not exists history;
set local search_path = history, public;

-- one import of one file by one client; the file's SHA-256 makes a second upload of the same file the same job
create table import_job (
    id              uuid primary key,
    client_id       uuid not null,
    sha256          text not null,
    file_name       text not null,
    status          text not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    bytes_total     bigint not null,
    -- the checkpoint: every line up to it is committed, in the same transaction that moved it
    checkpoint_line bigint not null default 0,
    bytes_done      bigint not null default 0,
    accepted        bigint not null default 0,
    rejected        bigint not null default 0,
    started_by      text not null,
    created_at      timestamptz not null,
    -- the running instance's heartbeat: a job RUNNING with an old one was left by a crash and may be resumed
    heartbeat_at    timestamptz not null,
    finished_at     timestamptz,
    failure         text,
    unique (client_id, sha256)
);

-- a line the import could not read, with why; the downloadable error report
create table import_error (
    job_id uuid not null references import_job (id) on delete cascade,
    line   bigint not null,
    reason text not null,
    primary key (job_id, line)
);

-- one line of the client's history. kind: SALE, RETURN (a cancellation invoice 'C...' of a product), FEE (postage,
-- discounts, bank charges, vouchers and the like, cancelled or not), ADJUSTMENT (stock written off outside any
-- invoice; the description holds the note)
create table history_line (
    client_id        uuid not null,
    invoice_no       text not null,
    -- the line's place among its invoice's lines in the file: the natural key, since a file may repeat a line exactly
    line_in_invoice  int not null,
    job_id           uuid not null,
    source_line      bigint not null,
    kind             text not null check (kind in ('SALE', 'RETURN', 'FEE', 'ADJUSTMENT')),
    fee_kind         text,
    cancellation     boolean not null,
    stock_code       text not null,
    description      text,
    quantity         int not null,
    unit_price       numeric(14, 4) not null,
    currency         char(3) not null,
    invoiced_at      timestamp not null,
    customer_ref     text,
    country          text,
    -- a return's matched purchase: the same customer's latest earlier sale of the same stock code
    purchase_invoice text,
    purchase_line    int,
    purchased_at     timestamp,
    primary key (client_id, invoice_no, line_in_invoice),
    check ((kind = 'FEE') = (fee_kind is not null))
);
create index history_line_purchases on history_line (client_id, customer_ref, stock_code, invoiced_at)
    where kind = 'SALE';
create index history_line_returns on history_line (client_id, job_id) where kind = 'RETURN';
