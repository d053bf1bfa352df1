-- Staging for one file's rows inside its own transaction (docs/adr/0007): rows are streamed in
-- (COPY on PostgreSQL, JDBC batches on H2) while the file is read, then applied to the vintage
-- tables with set-based SQL, or discarded when the file is rejected. Always empty between files.

create table observation_stage (
    submission_id uuid         not null,
    ordinal       int          not null,
    action        char(1)      not null,
    series_key    varchar(80)  not null,
    ref_area      char(3)      not null,
    indicator     varchar(16)  not null,
    sex           varchar(8)   not null,
    age           varchar(8)   not null,
    citizen       varchar(8)   not null,
    expl          varchar(8)   not null,
    recruit       varchar(8)   not null,
    time_period   smallint     not null,
    obs_value     bigint,
    obs_status    varchar(1)   not null,
    conf_status   varchar(1)   not null,
    comment       varchar(1000)
);
create index observation_stage_submission_ix on observation_stage (submission_id, ordinal);

create table policy_stage (
    submission_id uuid          not null,
    ordinal       int           not null,
    action        char(1)       not null,
    series_key    varchar(64)   not null,
    ref_area      char(3)       not null,
    policy_item   varchar(32)   not null,
    time_period   smallint      not null,
    status        varchar(8)    not null,
    legal_ref     varchar(1000),
    source_url    varchar(2000),
    comment       varchar(1000)
);
create index policy_stage_submission_ix on policy_stage (submission_id, ordinal);
