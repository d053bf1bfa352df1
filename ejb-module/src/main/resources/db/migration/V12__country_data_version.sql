-- Issue 15: a version of each country's stored values, bumped in the same transaction as every
-- write of its observations or policy status (ObservationStager.apply, which locks these rows
-- anyway). A cached answer is served only while the versions of the countries it covers are
-- unchanged, so no node ever serves an answer older than another node's commit.
alter table country add column data_version bigint default 0 not null;
