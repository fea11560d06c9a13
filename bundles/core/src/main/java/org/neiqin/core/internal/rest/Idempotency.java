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
import org.neiqin.core.internal.db.Jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A write sent with an {@value NeiqinRest#IDEMPOTENCY_KEY} header is done once per user and key:
 * the key is reserved before the write runs (a concurrent duplicate gets 409), the answer is kept,
 * and a retry gets the kept answer with {@code Idempotent-Replay: true}. A 5xx answer frees the key.
 */
public class Idempotency {
    private static final String RESERVED = "neiqin.idempotency.reserved";

    private final CoreDatabase db;
    private final SecurityService security;

    public Idempotency(CoreDatabase db, SecurityService security) {
        this.db = db;
        this.security = security;
    }

    private record Kept(String request, int status, String body) {
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
            try {
                db.jdbc().update("INSERT INTO NQ_IDEMPOTENCY (ACTOR, IDEM_KEY, REQUEST, STATUS, CREATED_AT) "
                        + "VALUES (?, ?, ?, 0, ?)", user, key, signature, Instant.now());
                req.setProperty(RESERVED, new String[] {user, key});
                return;
            } catch (RuntimeException e) {
                if (!Jdbc.isDuplicate(e)) {
                    throw e;
                }
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

    /** Keeps the answer of a reserved key. */
    public void after(ContainerRequestContext req, ContainerResponseContext res) {
        Object reserved = req.getProperty(RESERVED);
        if (!(reserved instanceof String[])) {
            return;
        }
        String[] uk = (String[]) reserved;
        if (res.getStatus() >= 500) {
            db.jdbc().update("DELETE FROM NQ_IDEMPOTENCY WHERE ACTOR = ? AND IDEM_KEY = ?", uk[0], uk[1]);
            return;
        }
        String body;
        try {
            Object entity = res.getEntity();
            body = entity == null ? null : entity instanceof String ? (String) entity : Json.MAPPER.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            body = null;
        }
        db.jdbc().update("UPDATE NQ_IDEMPOTENCY SET STATUS = ?, BODY = ? WHERE ACTOR = ? AND IDEM_KEY = ?",
                res.getStatus(), body, uk[0], uk[1]);
    }
}
