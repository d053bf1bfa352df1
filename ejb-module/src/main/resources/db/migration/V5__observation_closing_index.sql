-- The time a report's data stand at includes the latest withdrawal or replacement in its scope
-- (the latest valid_to). Without an index that is one more scan of the whole observation table
-- per report (0.36 s at a million rows, docs/benchmarks-reports.md); with it, a short backward
-- index scan. Current rows have valid_to NULL and are not what it is read for.
create index observation_valid_to_ix on observation (valid_to);
