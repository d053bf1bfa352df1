-- Several nodes on one database (issue 13, docs/adr/0015). A folder file is claimed by one node
-- before it is read: the row is taken in a statement of its own (committed at once, not in the
-- judging transaction), holds a lease the judging node renews, and is taken over only once the
-- lease has run out (a node killed mid-file). claim_key is the delivery key without the content
-- hash, which every node computes from the listing alone.
create table file_claim (
    claim_key    char(64)     not null primary key,
    source       varchar(1000) not null,
    node         varchar(64)  not null,
    claimed_at   timestamp with time zone not null,
    lease_until  timestamp with time zone not null
);
create index file_claim_lease_ix on file_claim (lease_until);

-- Which node wrote an audit line and judged a submission (THB_NODE_NAME).
alter table audit_event add column node varchar(64);
alter table submission add column node varchar(64);
