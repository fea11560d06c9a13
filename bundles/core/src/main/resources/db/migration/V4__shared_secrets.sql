-- Keys every Neiqin node on this database shares, each made once by the first node that needs it:
-- the console's, which signs the CSRF tokens of its forms and the message shown after a redirect, so
-- that a form drawn by one node may be sent to another (no sticky sessions behind a load balancer).
CREATE TABLE NQ_SECRET (
    NAME VARCHAR(64) NOT NULL PRIMARY KEY,
    SECRET_VALUE VARCHAR(200) NOT NULL
);
