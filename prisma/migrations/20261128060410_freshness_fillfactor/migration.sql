-- Every check rewrites its objective's state and its open run (10,000 ports a minute is
-- ~28.8 M row updates a day). Neither update touches an indexed column, so with free room on
-- the page Postgres keeps them heap-only (HOT): no index writes, and pruning without VACUUM.
ALTER TABLE "freshness_objectives" SET (fillfactor = 70);
ALTER TABLE "freshness_results" SET (fillfactor = 85);
