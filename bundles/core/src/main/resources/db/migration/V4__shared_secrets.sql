-- What the Neiqin nodes on one database share.
-- Keys every Neiqin node on this database shares, each made once by the first node that needs it:
-- the console's, which signs the CSRF tokens of its forms and the message shown after a redirect, so
-- that a form drawn by one node may be sent to another (no sticky sessions behind a load balancer).
CREATE TABLE NQ_SECRET (
    NAME VARCHAR(64) NOT NULL PRIMARY KEY,
    SECRET_VALUE VARCHAR(200) NOT NULL
);

-- Rows that nodes lock to do a piece of work one at a time across the cluster: 'demo' while a
-- module's demo data is loaded (so two nodes starting at once load it once).
CREATE TABLE NQ_LOCK (
    NAME VARCHAR(64) NOT NULL PRIMARY KEY
);
INSERT INTO NQ_LOCK (NAME) VALUES ('demo');
