-- Consolidation legs: totes, pallets and gaylords moved between two sites, with distance, cost and a CO2e estimate,
-- the containers loaded and, from dispatch on, the units they carried (the manifest).

create sequence transport_leg_seq;

create table transport_leg (
    id                 uuid primary key,
    client_id          uuid not null references client (id),
    number             text not null unique,
    origin_site_id     uuid not null references site (id),
    destination_site_id uuid not null references site (id) check (destination_site_id <> origin_site_id),
    mode               text not null check (mode in ('ROAD', 'RAIL', 'SEA', 'AIR')),
    distance_km        numeric(10, 1) not null check (distance_km > 0),
    distance_basis     text not null,
    cost_amount        numeric(14, 2) not null check (cost_amount >= 0),
    currency           text not null,
    co2e_kg            numeric(14, 3),
    weight_grams       bigint,
    status             text not null,
    created_at         timestamptz not null,
    created_by         text not null,
    dispatched_at      timestamptz,
    arrived_at         timestamptz,
    cancelled_at       timestamptz,
    version            bigint not null default 0
);
create index transport_leg_client on transport_leg (client_id, created_at desc);

create table transport_leg_container (
    leg_id        uuid not null references transport_leg (id),
    container_id  uuid not null,
    sscc          text not null,
    kind          text not null,
    loaded_at     timestamptz not null,
    loaded_by     text not null,
    primary key (leg_id, container_id)
);
create index transport_leg_container_by_container on transport_leg_container (container_id);

-- what the leg carried, fixed at dispatch
create table transport_leg_unit (
    leg_id          uuid not null references transport_leg (id),
    unit_id         uuid not null,
    return_id       uuid,
    container_sscc  text not null,
    licence_plate   text not null,
    sku             text not null,
    serial          text,
    weight_grams    integer,
    un_number       text,
    damaged_battery boolean not null,
    cost_share      numeric(14, 2),
    primary key (leg_id, unit_id)
);
