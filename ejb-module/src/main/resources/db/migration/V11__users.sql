-- Users of THB_AUTH=jdbc (design.md section 7a). Unused, and empty, under demo and oidc.
-- password_hash is a bcrypt hash ($2a$/$2b$, 60 characters); the password itself is never stored.
create table users (
    name            varchar(64)  not null primary key,
    password_hash   varchar(100) not null,
    role            varchar(16)  not null,
    country         char(3),
    enabled         boolean      not null,
    failed_attempts integer      not null,
    locked_until    timestamp with time zone,
    created_at      timestamp with time zone not null,
    last_login_at   timestamp with time zone,
    constraint users_role_ck check (role in ('rapporteur', 'government', 'analyst', 'admin')),
    constraint users_country_ck check (role in ('analyst', 'admin') or country is not null)
);
