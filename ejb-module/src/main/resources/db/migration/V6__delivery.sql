-- Each file of a folder channel (SFTP, drop folder) is judged once (docs/adr/0008). The row that
-- says a delivery was judged is written in the same transaction as its submission, so a crash
-- between the commit and the move out of the inbox finds it, and the file's receipts and move are
-- replayed instead of judging it again. pending_key identifies the delivery while its file waits
-- in the inbox and is cleared once the file has moved (a later file with the same name, size,
-- time and bytes is a new delivery); a plain unique index (partial indexes are not portable to
-- H2) lets only one submission claim a waiting file, whichever server judges it.
create table delivery (
    submission_id uuid          not null primary key references submission (id),
    pending_key   char(64),
    channel       varchar(8)    not null,
    source        varchar(1000) not null,
    size_bytes    bigint        not null,
    modified_at   timestamp with time zone,
    archived_at   timestamp with time zone,
    constraint delivery_channel_ck check (channel in ('SFTP', 'DROP'))
);
create unique index delivery_pending_key_ux on delivery (pending_key);
