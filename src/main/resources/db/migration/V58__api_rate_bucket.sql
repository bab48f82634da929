-- The REST API's rate limit per client (MOBILITY_API_RATE_PER_MINUTE), counted in the database so
-- that every instance of a cluster counts the same calls (until now each instance kept its own
-- count in memory: behind a load balancer a client got the rate once per instance). One row per
-- client that has called: the tokens left and when they were counted (epoch milliseconds of the
-- application's clock). A call locks its client's row while it reads and writes it.
-- The row goes with its client.

CREATE TABLE api_rate_bucket (
    client_id    BIGINT  NOT NULL PRIMARY KEY,
    tokens       DOUBLE  NOT NULL,
    refilled_at  BIGINT  NOT NULL,
    CONSTRAINT fk_api_rate_bucket_client FOREIGN KEY (client_id) REFERENCES api_client (id) ON DELETE CASCADE
);
