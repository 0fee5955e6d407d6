-- A schema per module: each module's tables (and its sequences) move from public into a schema named after the
-- module (ADR 0023). Queries keep naming tables without a schema: every connection's search_path lists all module
-- schemas (spring.datasource.hikari.connection-init-sql, and the database default below for other clients such as
-- psql), so nothing else changes. Who may name which table is checked by TableOwnershipTest; from V22 on, a
-- migration lives in its module's folder (db/migration/<module>/) and changes only that module's tables.

create schema if not exists access;
create schema if not exists analytics;
create schema if not exists catalog;
create schema if not exists custody;
create schema if not exists disposition;
create schema if not exists inspection;
create schema if not exists orders;
create schema if not exists recalls;
create schema if not exists receiving;
create schema if not exists recycling;
create schema if not exists refunds;
create schema if not exists resale;
create schema if not exists returns;
create schema if not exists transport;
create schema if not exists web;
create schema if not exists workshop;

alter table access_audit set schema access;
alter table api_token set schema access;
alter table app_user set schema access;
alter table password_reset set schema access;

alter table recovery_entry set schema analytics;
alter table recovery_expectation set schema analytics;
alter table recovery_unit_fate set schema analytics;

alter table client set schema catalog;
alter table product set schema catalog;
alter table site set schema catalog;

alter table container set schema custody;
alter table custody_event set schema custody;
alter table unit set schema custody;
alter sequence custody_event_seq set schema custody;
alter sequence licence_plate_seq set schema custody;
alter sequence sscc_serial_seq set schema custody;

alter table disposition_change set schema disposition;
alter table disposition_decision set schema disposition;
alter table disposition_recalled_unit set schema disposition;
alter table disposition_reevaluation set schema disposition;
alter table disposition_rules set schema disposition;
alter table recovery_table set schema disposition;

alter table checklist set schema inspection;
alter table inspection set schema inspection;
alter table inspection_task set schema inspection;

alter table customer_order set schema orders;
alter table order_line set schema orders;

alter table recall_campaign set schema recalls;
alter table recall_line set schema recalls;
alter table recall_unit set schema recalls;
alter sequence recall_number_seq set schema recalls;

alter table receipt set schema receiving;

alter table disposal set schema recycling;
alter table recycler set schema recycling;
alter table recycler_certification set schema recycling;
alter table recycling_batch set schema recycling;
alter table recycling_batch_unit set schema recycling;
alter table unit_fate set schema recycling;
alter sequence recycling_batch_seq set schema recycling;

alter table exchange_stock set schema refunds;
alter table line_resolution set schema refunds;
alter table money_movement set schema refunds;
alter table payout_ledger set schema refunds;
alter table refund_hold set schema refunds;
alter table refund_line_account set schema refunds;
alter table refund_order_line_account set schema refunds;
alter table store_credit_account set schema refunds;
alter table store_credit_entry set schema refunds;
alter sequence payout_number_seq set schema refunds;

alter table listing set schema resale;
alter table lot_unit set schema resale;
alter table resale_lot set schema resale;
alter table sales_channel set schema resale;
alter sequence listing_number_seq set schema resale;
alter sequence lot_number_seq set schema resale;

alter table reason_mapping set schema returns;
alter table return_event set schema returns;
alter table return_line set schema returns;
alter table return_policy set schema returns;
alter table return_request set schema returns;
alter sequence return_event_seq set schema returns;
alter sequence rma_number_seq set schema returns;

alter table carrier_event set schema transport;
alter table pickup_plan set schema transport;
alter table pickup_request set schema transport;
alter table shipment set schema transport;
alter table shipment_leg set schema transport;
alter table transport_leg set schema transport;
alter table transport_leg_container set schema transport;
alter table transport_leg_unit set schema transport;
alter table unmatched_carrier_event set schema transport;
alter table vehicle set schema transport;
alter sequence tracking_number_seq set schema transport;
alter sequence transport_leg_seq set schema transport;

alter table idempotency_record set schema web;

alter table technician_qualification set schema workshop;
alter table unit_outcome set schema workshop;
alter table work_order set schema workshop;
alter table work_order_event set schema workshop;
alter sequence work_order_number_seq set schema workshop;

-- sessions opened from now on (psql, reporting tools) find the tables without naming schemas; a database user that may
-- not change its database's defaults gets a notice, and such clients then set the path themselves
do $$
begin
    execute format('alter database %I set search_path = public, access, analytics, catalog, custody, disposition, inspection, orders, recalls, receiving, recycling, refunds, resale, returns, transport, web, workshop', current_database());
exception when insufficient_privilege then
    raise notice 'search_path not set as the database default (%): set it per session', sqlerrm;
end
$$;
set search_path = public, access, analytics, catalog, custody, disposition, inspection, orders, recalls, receiving, recycling, refunds, resale, returns, transport, web, workshop;
