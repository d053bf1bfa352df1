-- A file refused unread (a symbolic link, a FIFO, a file above the size limit in an inbox) is
-- recorded with its verdict but has no bytes, so no content hash either (issue 8).
alter table submission alter column sha256 drop not null;
