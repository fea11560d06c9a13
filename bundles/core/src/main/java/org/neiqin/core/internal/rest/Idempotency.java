package org.neiqin.core.internal.rest;

import java.time.Instant;
import java.util.Optional;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.neiqin.api.rest.NeiqinRest;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.core.internal.db.CoreDatabase;
import org.neiqin.core.internal.db.Failures;
import org.neiqin.core.internal.db.Jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A write sent with an {@value NeiqinRest#IDEMPOTENCY_KEY} header is done once per user and key.
 *
 * <p>The key's row, the write and the answer kept for retries are one transaction: the request runs in a transaction
 * begun here, the resource's writes join it, and it commits when the answer is known. A node that dies anywhere
 * before that commit leaves nothing (a retry does the write); after it, the answer is there (a retry gets it back
 * with {@code Idempotent-Replay: true}). A duplicate sent while the first is running waits for the first's row (the
 * database's lock on the key) and then gets the first's answer; if the first is rolled back, it does the write itself.
 *
 * <p>A 4xx answer changed nothing: the transaction is rolled back and the answer alone is kept, so a retry gets the
 * same refusal. A 5xx answer (a 503 {@code busy} among them) is rolled back and frees the key.
 */
public class Idempotency {
    private static final String RESERVED = "neiqin.idempotency.reserved";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Idempotency.class);

    private final CoreDatabase db;
    private final SecurityService security;

    public Idempotency(CoreDatabase db, SecurityService security) {
        this.db = db;
        this.security = security;
    }

    private record Kept(String request, int status, String body) {
    }

    private record Reserved(String user, String key, String signature) {
    }

    /** Runs after authentication: reserves the key, or answers with the kept response. */
    public void before(ContainerRequestContext req) {
        String key = req.getHeaderString(NeiqinRest.IDEMPOTENCY_KEY);
        if (key == null || req.getMethod().equals("GET") || req.getMethod().equals("HEAD")) {
            return;
        }
        Optional<Actor> actor = security.currentActor();
        if (actor.isEmpty()) {
            return;
        }
        if (key.isBlank() || key.length() > 200) {
            req.abortWith(ProblemMapper.response(400, ProblemMapper.problem(400, "validation",
                    NeiqinRest.IDEMPOTENCY_KEY + " must have 1 to 200 characters")));
            return;
        }
        // the same key with another body is another request, not a retry: the body's digest is part of it
        String signature = req.getMethod() + " " + req.getUriInfo().getPath() + " " + digest(req);
        String user = actor.get().name();
        Optional<Kept> kept = find(user, key);
        if (kept.isEmpty()) {
            db.tx().begin();
            try {
                db.jdbc().update("INSERT INTO NQ_IDEMPOTENCY (ACTOR, IDEM_KEY, REQUEST, STATUS, CREATED_AT) "
                        + "VALUES (?, ?, ?, 0, ?)", user, key, signature, Instant.now());
                req.setProperty(RESERVED, new Reserved(user, key, signature));
                return;
            } catch (RuntimeException e) {
                db.tx().rollback();
                if (!Jdbc.isDuplicate(e)) {
                    throw e;
                }
                // another request with this key committed while this one waited for its row
                kept = find(user, key);
            }
        }
        Kept k = kept.orElseThrow();
        if (!k.request().equals(signature)) {
            req.abortWith(ProblemMapper.response(409, ProblemMapper.problem(409, "idempotency-mismatch",
                    "this " + NeiqinRest.IDEMPOTENCY_KEY + " was used for another request ("
                            + k.request().replaceFirst(" [0-9a-f-]+$", "") + ", with another body or to another address)")));
        } else if (k.status() == 0) {
            req.abortWith(ProblemMapper.response(409, ProblemMapper.problem(409, "idempotency-in-progress",
                    "a request with this " + NeiqinRest.IDEMPOTENCY_KEY + " is still being processed")));
        } else {
            req.abortWith(Response.status(k.status()).type(k.status() >= 400 ? NeiqinRest.PROBLEM_JSON
                    : MediaType.APPLICATION_JSON).entity(k.body() == null ? "" : k.body())
                    .header("Idempotent-Replay", "true").build());
        }
    }

    /** @return the first 16 hex digits of the body's SHA-256; the body stays readable for the resource */
    private static String digest(ContainerRequestContext req) {
        if (!req.hasEntity()) {
            return "-";
        }
        try {
            byte[] body = req.getEntityStream().readAllBytes();
            req.setEntityStream(new java.io.ByteArrayInputStream(body));
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(body);
            return java.util.HexFormat.of().formatHex(hash, 0, 8);
        } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the request body could not be read", e);
        }
    }

    private Optional<Kept> find(String user, String key) {
        return db.jdbc().one("SELECT REQUEST, STATUS, BODY FROM NQ_IDEMPOTENCY WHERE ACTOR = ? AND IDEM_KEY = ?",
                rs -> new Kept(rs.getString(1), rs.getInt(2), rs.getString(3)), user, key);
    }

    /**
     * Keeps the answer of a reserved key and ends the request's transaction: a 2xx or 3xx commits with it (a failed
     * commit turns the answer into the failure: nothing was written); a 4xx is rolled back and kept alone; a 5xx is
     * rolled back and not kept.
     */
    public void after(ContainerRequestContext req, ContainerResponseContext res) {
        Object reserved = req.getProperty(RESERVED);
        if (!(reserved instanceof Reserved)) {
            return;
        }
        Reserved r = (Reserved) reserved;
        int status = res.getStatus();
        if (status >= 400 || !db.tx().committable()) {
            db.tx().rollback();
            if (status < 400) {
                // a write inside marked the transaction for rollback yet the resource answered success: say what happened
                replace(res, Failures.Busy.notCommitted());
                return;
            }
            if (status < 500) {
                keepAlone(r, status, body(res));
            }
            return;
        }
        try {
            db.jdbc().update("UPDATE NQ_IDEMPOTENCY SET STATUS = ?, BODY = ? WHERE ACTOR = ? AND IDEM_KEY = ?",
                    status, body(res), r.user(), r.key());
            db.tx().commit();
        } catch (RuntimeException e) {
            db.tx().rollback();
            LOG.warn("a write with {} {} was not committed: {}", NeiqinRest.IDEMPOTENCY_KEY, r.key(), e.toString());
            replace(res, Failures.translate(e).orElseGet(() -> Failures.Busy.notCommitted()));
        }
    }

    /** Keeps a refusal for retries, in a transaction of its own (the request's was rolled back). */
    private void keepAlone(Reserved r, int status, String body) {
        try {
            db.jdbc().update("INSERT INTO NQ_IDEMPOTENCY (ACTOR, IDEM_KEY, REQUEST, STATUS, BODY, CREATED_AT) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", r.user(), r.key(), r.signature(), status, body, Instant.now());
        } catch (RuntimeException e) {
            // a concurrent retry kept its own answer first, or the database is away: the refusal is answered either way
            LOG.debug("the refusal of {} {} was not kept: {}", NeiqinRest.IDEMPOTENCY_KEY, r.key(), e.toString());
        }
    }

    private static String body(ContainerResponseContext res) {
        try {
            Object entity = res.getEntity();
            return entity == null ? null : entity instanceof String ? (String) entity : Json.MAPPER.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static void replace(ContainerResponseContext res, org.neiqin.api.error.NeiqinException e) {
        Response failure = ProblemMapper.response(e.status(), ProblemMapper.problem(e.status(), e.code(), e.getMessage()));
        res.setStatus(failure.getStatus());
        res.getHeaders().remove("Location");
        res.getHeaders().remove("ETag");
        res.setEntity(failure.getEntity(), new java.lang.annotation.Annotation[0],
                MediaType.valueOf(NeiqinRest.PROBLEM_JSON));
        failure.getHeaders().forEach((name, values) -> res.getHeaders().put(name, values));
        if (failure.getStatus() == 503) {
            // nothing was written: the same request may be sent again in a second, as every 503 busy says
            res.getHeaders().putSingle("Retry-After", "1");
        }
    }
}
