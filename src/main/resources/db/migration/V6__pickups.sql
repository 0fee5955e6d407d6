-- Pickup planning: the fleet, business customers' pickup requests, and the day's plans (milk runs).

create table vehicle (
    id               uuid primary key,
    client_id        uuid not null references client (id),
    code             text not null,
    capacity_kg      integer not null check (capacity_kg > 0),
    capacity_litres  integer not null check (capacity_litres > 0),
    shift_start      time not null,
    shift_end        time not null check (shift_end > shift_start),
    depot_lat        double precision not null check (depot_lat between -90 and 90),
    depot_lon        double precision not null check (depot_lon between -180 and 180),
    active           boolean not null,
    created_at       timestamptz not null,
    unique (client_id, code)
);

create table pickup_plan (
    id            uuid primary key,
    client_id     uuid not null references client (id),
    day           date not null,
    total_km      numeric(12, 1) not null,
    routes        jsonb not null,
    unserved      jsonb not null,
    created_at    timestamptz not null,
    created_by    text not null
);
create index pickup_plan_day on pickup_plan (client_id, day, created_at desc);

create table pickup_request (
    id               uuid primary key,
    client_id        uuid not null references client (id),
    reference        text not null,
    site_name        text not null,
    latitude         double precision not null check (latitude between -90 and 90),
    longitude        double precision not null check (longitude between -180 and 180),
    window_start     timestamptz not null,
    window_end       timestamptz not null check (window_end > window_start),
    weight_kg        integer not null check (weight_kg > 0),
    volume_litres    integer not null check (volume_litres > 0),
    hazardous        boolean not null,
    items            jsonb not null,
    status           text not null,
    plan_id          uuid references pickup_plan (id),
    vehicle_code     text,
    stop_seq         integer,
    planned_arrival  timestamptz,
    collected_at     timestamptz,
    created_at       timestamptz not null,
    unique (client_id, reference)
);
create index pickup_request_day on pickup_request (client_id, window_start);
