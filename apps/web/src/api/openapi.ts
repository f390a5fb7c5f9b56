// Generated from the OpenAPI document by openapi-typescript (npm run build); do not edit.

export interface paths {
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up (also while its database is away: it serves again by itself) */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process can serve: its primary database answers (503 with Retry-After when not). Read replicas are not asked: without them the primary serves every read */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics */
        get: operations["PrometheusController_metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every API key with its role, who made it and who revoked it (never the secret) */
        get: operations["ApiKeysController_list"];
        put?: never;
        /** Create an API key (shown once) */
        post: operations["ApiKeysController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key, for good */
        delete: operations["ApiKeysController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event with its actor, time and request id (filter by actor, time, subject, import) */
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Claims in the order they were recorded, by subject, metric, source, status, verdict or rank, a page at a time */
        get: operations["ClaimsController_list"];
        put?: never;
        /** Record what a source says about a figure */
        post: operations["ClaimsController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A claim with its source and every event on it */
        get: operations["ClaimsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/assignees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign a reviewer (the name of an API key holder) */
        post: operations["WorkflowController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/assignees/{assignee}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unassign a reviewer */
        delete: operations["WorkflowController_unassign"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/claim-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The claim and its verdict as a schema.org ClaimReview (JSON-LD); 409 before a verdict */
        get: operations["ExportsController_claimReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Comment on a claim (allowed on published claims too) */
        post: operations["WorkflowController_comment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct the value or valid time (If-Match: the version you saw) */
        post: operations["ClaimsController_correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/rank": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rank a claim preferred, normal or deprecated */
        post: operations["ClaimsController_rank"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/restoration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restore a retracted claim */
        post: operations["ClaimsController_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/retraction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retract a claim */
        post: operations["ClaimsController_retract"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a fact-check verdict */
        post: operations["ClaimsController_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/workflow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a claim through review: in_progress, in_review, published (publishing, sending back and reopening need a reviewer) */
        post: operations["WorkflowController_move"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** How a claim would relate to its fact's claims (agreement, change, revision, contradiction), without recording it */
        post: operations["ClaimsController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contradictions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Claims on one fact that cannot all be true, severest first */
        get: operations["ContradictionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contradictions/{id}/resolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve a contradiction: the preferred claim(s) and why */
        post: operations["ContradictionsController_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entities by id, searched by the start of any of their names, a page at a time */
        get: operations["EntitiesController_list"];
        put?: never;
        /** Define an entity with its aliases */
        post: operations["EntitiesController_define"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/entities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An entity */
        get: operations["EntitiesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/entities/{id}/aliases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an alias to an entity */
        post: operations["EntitiesController_addAlias"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Events after a cursor, a page at a time */
        get: operations["EventsController_page"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Events as Server-Sent Events (each data line a FeedEvent, its id the cursor); resume with Last-Event-ID */
        get: operations["EventsController_stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/stream-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A token that opens the event stream for 60 s (GET /v1/events/stream?token=...), for EventSource */
        post: operations["EventsController_streamToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything recorded (sources, entities, metrics, claims and their history, resolutions) as NDJSON that an import reads back */
        get: operations["LogExportController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/facts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Facts, filtered by subject, metric or flag, a page at a time */
        get: operations["FactsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/facts/{subject}/{metric}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The fact view: current value and why, counts, flags (knownAt, publishedBefore) */
        get: operations["FactsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/facts/{subject}/{metric}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed between two instants of recorded time (from, to): claims added, corrected, retracted, restored, reviewed, ranked and resolved, with who and when, and the value at each end */
        get: operations["FactsController_changes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/facts/{subject}/{metric}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every claim in valid-time order, with its source, quote and revisions */
        get: operations["FactsController_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/facts/{subject}/{metric}/timeline.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The timeline as CSV, one row per claim (knownAt, publishedBefore, include) */
        get: operations["ExportsController_timelineCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/facts/{subject}/{metric}/value": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The value holding at a valid time (validAt) */
        get: operations["FactsController_value"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a file of claims (CSV or NDJSON) in the background; follow it at Location */
        post: operations["ImportsController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How far an import got: its status, counts, rate, position and first errors */
        get: operations["ImportsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/log/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify the hash chain of every stream in the log */
        get: operations["LogVerificationController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The name and role of the API key sent */
        get: operations["MeController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Metrics by id, searched by the start of their id, filtered by unit and kind, a page at a time */
        get: operations["MetricsController_list"];
        put?: never;
        /** Define a metric */
        post: operations["MetricsController_define"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/metrics/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A metric */
        get: operations["MetricsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each projection on the primary: checkpoint, head of the log, and how far behind; and how far each read replica is behind the primary */
        get: operations["ProjectionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projections/{name}/parked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Events a projection could not apply, with their errors, in log order (cursor, limit) */
        get: operations["ProjectionsController_parked"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projections/{name}/parked/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply a projection's parked events again, in log order, with the projector's current code */
        post: operations["ProjectionsController_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Claims by workflow status, assignee and out-of-date verdict, least recently changed first, a page at a time */
        get: operations["ReviewController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search claims, sources, entities, metrics and comments by words, best first, a page at a time */
        get: operations["SearchController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sources, newest first: searched by title or publisher, filtered by publisher, kind and date, a page at a time */
        get: operations["SourcesController_list"];
        put?: never;
        /** Register a source (the same URL is the same source) */
        post: operations["SourcesController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A source */
        get: operations["SourcesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a source (If-Match for optimistic concurrency) */
        patch: operations["SourcesController_update"];
        trace?: never;
    };
    "/v1/sources/{id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The figures in a source's text, in text order: each with its quote, parsed value and kind, and recordedAs when a claim already quotes it */
        get: operations["SourcesController_candidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every webhook subscription, with what it waits to deliver (never a secret) */
        get: operations["WebhooksController_list"];
        put?: never;
        /** Register a webhook subscription (its signing secret is shown once) */
        post: operations["WebhooksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A webhook subscription */
        get: operations["WebhooksController_one"];
        put?: never;
        post?: never;
        /** Delete a webhook subscription with what it had queued */
        delete: operations["WebhooksController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every delivery attempt, newest first: outcome, response status, latency, next retry (cursor, limit) */
        get: operations["WebhooksController_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/messages/{messageId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a message again by hand (a dead letter, or one the receiver lost), with a fresh set of attempts */
        post: operations["WebhooksController_redeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause deliveries; events are still queued, and delivered on resume */
        post: operations["WebhooksController_pause"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume deliveries where they stopped */
        post: operations["WebhooksController_resume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate the signing secret (the new one is shown once and signs from now on) */
        post: operations["WebhooksController_rotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AddAlias: {
            alias: string;
        };
        ApiKey: {
            createdAt: string;
            createdBy: string | null;
            id: string;
            name: string;
            revokedAt: string | null;
            revokedBy: string | null;
            /** @enum {string} */
            role: "reader" | "editor" | "reviewer" | "admin";
        };
        ApiKeyCreated: {
            id: string;
            /** @description the secret: shown in this answer only */
            key: string;
            name: string;
            /** @enum {string} */
            role: "reader" | "editor" | "reviewer" | "admin";
        };
        ApiKeyCreatedEvent: {
            data: {
                keyId: string;
                name: string;
                /** @enum {string} */
                role: "reader" | "editor" | "reviewer" | "admin";
            };
            /** @enum {string} */
            type: "ApiKeyCreated";
        };
        ApiKeyList: {
            items: components["schemas"]["ApiKey"][];
        };
        ApiKeyRevokedEvent: {
            data: {
                keyId: string;
                name: string;
            };
            /** @enum {string} */
            type: "ApiKeyRevoked";
        };
        AsOf: {
            knownAt: string | null;
            publishedBefore: string | null;
        };
        AssignReviewer: {
            assignee: string;
        };
        AuditEntry: {
            actor: string | null;
            correlationId: string | null;
            /** @description the global position of the event in the log */
            position: number;
            recordedAt: string;
            requestId: string | null;
            stream: string;
            /** @description the version of its stream the event made */
            version: number;
        } & components["schemas"]["EventData"];
        AuditPage: {
            items: components["schemas"]["AuditEntry"][];
            /** @description pass as `cursor` to read the next (older) page; null on the last page */
            next: string | null;
        };
        Claim: {
            attribution?: string;
            history: components["schemas"]["ClaimHistoryEntry"][];
            id: string;
            metric: string;
            note?: string;
            /** @description the position of the last event written; pass as minPosition to read your write */
            position: number;
            quote?: components["schemas"]["Quote"];
            rank: string;
            recordedAt: string;
            recordedBy?: string;
            source: {
                id: string;
                publishedAt?: string;
                publisher?: string;
                title?: string;
                url?: string;
            };
            /** @enum {string} */
            status: "active" | "retracted";
            subject: string;
            validTime: components["schemas"]["ValidTime"];
            value: components["schemas"]["Quantity"];
            verdict?: string;
            /**
             * @description set when the claim was corrected after its verdict: the verdict judged an earlier version
             * @enum {boolean}
             */
            verdictOutdated?: true;
            /** @description the version after this write, as the ETag carries it */
            version: number;
            workflow: components["schemas"]["Workflow"];
        };
        ClaimCommentedEvent: {
            data: {
                claimId: string;
                commentId: string;
                text: string;
            };
            /** @enum {string} */
            type: "ClaimCommented";
        };
        ClaimCorrectedEvent: {
            data: {
                claimId: string;
                previous: {
                    validTime: components["schemas"]["ValidTime"];
                    value: components["schemas"]["Quantity"];
                };
                reason: string;
                validTime?: components["schemas"]["ValidTime"];
                value?: components["schemas"]["Quantity"];
            };
            /** @enum {string} */
            type: "ClaimCorrected";
        };
        ClaimHistoryEntry: {
            actor?: string;
            position: number;
            recordedAt: string;
            requestId?: string;
            version: number;
        } & components["schemas"]["EventData"];
        ClaimListItem: {
            attribution: string | null;
            /** Format: uuid */
            id: string;
            metric: string;
            quote: components["schemas"]["Quote"] | null;
            /** @enum {string} */
            rank: "preferred" | "normal" | "deprecated";
            /** Format: date-time */
            recordedAt: string;
            recordedBy: string | null;
            source: {
                id: string;
                publishedAt: string | null;
                publisher: string | null;
                title: string | null;
            };
            /** @enum {string} */
            status: "active" | "retracted";
            subject: string;
            validTime: components["schemas"]["ValidTime"];
            value: components["schemas"]["Quantity"];
            /** @enum {string|null} */
            verdict: "accurate" | "inaccurate" | "misleading" | "unsupported" | "outdated" | "inconclusive" | null;
            version: number;
        };
        ClaimPage: {
            items: components["schemas"]["ClaimListItem"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            next: string | null;
        };
        ClaimPreview: {
            /** @description the same claim is recorded: saving it again changes nothing */
            alreadyRecorded: boolean;
            /** @description the claim as recording it would write it */
            claim: {
                id: string;
                metric: string;
                /** @description the entity id the subject names */
                subject: string;
                validTime: components["schemas"]["ValidTime"];
                value: components["schemas"]["Quantity"];
            };
            /** @description the contradictions the fact would have that include this claim */
            contradictions: {
                claimIds: string[];
                gap: number;
                id: string;
                /** @enum {string} */
                severity: "low" | "medium" | "high";
            }[];
            /** @description whether the claim would be, or agree with, the fact's current value */
            current: boolean;
            flagsAfter: ("contradicted" | "contested" | "disputed_history" | "anomaly" | "single_source" | "unreviewed")[];
            flagsBefore: ("contradicted" | "contested" | "disputed_history" | "anomaly" | "single_source" | "unreviewed")[];
            /** @description how the claim relates to each of the fact's active claims, by the rules of the fact views */
            relations: {
                claim: {
                    id: string;
                    quote?: components["schemas"]["Quote"];
                    source: {
                        id: string;
                        publishedAt: string;
                        publisher?: string;
                        title: string;
                    };
                    validTime: components["schemas"]["ValidTime"];
                    value: components["schemas"]["Quantity"];
                };
                /** @description for a contradiction: the relative gap between the two values */
                gap?: number;
                /** @enum {string} */
                kind: "agreement" | "change" | "anomaly" | "revision" | "contradiction";
                /**
                 * @description for a contradiction
                 * @enum {string}
                 */
                severity?: "low" | "medium" | "high";
                /** @description for a revision: the id of the claim the later release supersedes */
                superseded?: string;
            }[];
        };
        ClaimRankedEvent: {
            data: {
                claimId: string;
                /** @enum {string} */
                previous: "preferred" | "normal" | "deprecated";
                /** @enum {string} */
                rank: "preferred" | "normal" | "deprecated";
                reason: string;
            };
            /** @enum {string} */
            type: "ClaimRanked";
        };
        ClaimRecordedEvent: {
            data: {
                attribution?: string;
                claimId: string;
                entityId: string;
                metricId: string;
                note?: string;
                quote?: components["schemas"]["Quote"];
                sourceId: string;
                validTime: components["schemas"]["ValidTime"];
                value: components["schemas"]["Quantity"];
            };
            /** @enum {string} */
            type: "ClaimRecorded";
        };
        ClaimRestoredEvent: {
            data: {
                claimId: string;
                reason: string;
            };
            /** @enum {string} */
            type: "ClaimRestored";
        };
        ClaimRetractedEvent: {
            data: {
                claimId: string;
                reason: string;
            };
            /** @enum {string} */
            type: "ClaimRetracted";
        };
        ClaimReview: {
            /** @enum {string} */
            "@context": "https://schema.org";
            /** @enum {string} */
            "@type": "ClaimReview";
            claimReviewed: string;
            datePublished: string;
            /** @description set when the claim was corrected after its verdict: the verdict judged the version before */
            expires?: string;
            itemReviewed: {
                /** @enum {string} */
                "@type": "Claim";
                /** @description who made the claim: the person or organisation quoted (the claim's attribution), else the publisher */
                author?: {
                    /** @enum {string} */
                    "@type": "Person" | "Organization";
                    name: string;
                };
            } & {
                [key: string]: unknown;
            };
            reviewRating: {
                /** @enum {string} */
                "@type": "Rating";
                alternateName: string;
                ratingExplanation?: string;
            } & {
                [key: string]: unknown;
            };
            /** @description the fact page of the web UI, where the claim and its verdict are read */
            url: string;
        } & {
            [key: string]: unknown;
        };
        ClaimReviewedEvent: {
            data: {
                claimId: string;
                note?: string;
                /** @enum {string} */
                verdict: "accurate" | "inaccurate" | "misleading" | "unsupported" | "outdated" | "inconclusive";
            };
            /** @enum {string} */
            type: "ClaimReviewed";
        };
        ClaimWorkflowMovedEvent: {
            data: {
                claimId: string;
                /** @enum {string} */
                from: "unstarted" | "in_progress" | "in_review" | "published";
                note?: string;
                /** @enum {string} */
                to: "unstarted" | "in_progress" | "in_review" | "published";
            };
            /** @enum {string} */
            type: "ClaimWorkflowMoved";
        };
        Comment: {
            at: string;
            /** @description the name of the key that wrote it */
            author: string | null;
            id: string;
            text: string;
        };
        CommentOnClaim: {
            text: string;
        };
        CommentWritten: {
            at: string;
            /** @description the name of the key that wrote it */
            author: string | null;
            id: string;
            /** @description the position of the last event written; pass as minPosition to read your write */
            position: number;
            text: string;
            /** @description the version after this write, as the ETag carries it */
            version: number;
        };
        Contradiction: {
            claimIds: string[];
            /** @description the largest relative gap between two of its claims */
            gap: number;
            id: string;
            resolution?: components["schemas"]["Resolution"];
            /** @enum {string} */
            severity: "low" | "medium" | "high";
            /** @enum {string} */
            status: "open" | "resolved";
        };
        ContradictionItem: {
            claimIds: string[];
            claims: components["schemas"]["TimelineClaim"][];
            /** @description the largest relative gap between two of its claims */
            gap: number;
            id: string;
            metric: string;
            resolution?: components["schemas"]["Resolution"];
            /** @enum {string} */
            severity: "low" | "medium" | "high";
            /** @enum {string} */
            status: "open" | "resolved";
            subject: string;
            unit: string;
        };
        ContradictionPage: {
            asOf: components["schemas"]["AsOf"];
            items: components["schemas"]["ContradictionItem"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            next: string | null;
        };
        ContradictionResolved: {
            claimIds: string[];
            id: string;
            position: number;
            preferred: string[];
            reason: string;
            version: number;
        };
        ContradictionResolvedEvent: {
            data: {
                claimIds: string[];
                contradictionId: string;
                entityId: string;
                metricId: string;
                preferred: string[];
                reason: string;
            };
            /** @enum {string} */
            type: "ContradictionResolved";
        };
        CorrectClaim: {
            reason: string;
            validTime?: components["schemas"]["ValidTimeInput"] | null;
            value?: components["schemas"]["QuantityInput"] | null;
        };
        CreateApiKey: {
            name: string;
            /** @enum {string} */
            role: "reader" | "editor" | "reviewer" | "admin";
        };
        CreateWebhook: {
            description: string;
            /** @description the event types to deliver */
            eventTypes: ("SourceRegistered" | "SourceUpdated" | "EntityDefined" | "EntityAliasAdded" | "MetricDefined" | "ClaimRecorded" | "ClaimCorrected" | "ClaimRetracted" | "ClaimRestored" | "ClaimReviewed" | "ClaimRanked" | "ClaimWorkflowMoved" | "ReviewerAssigned" | "ReviewerUnassigned" | "ClaimCommented" | "ContradictionResolved" | "ApiKeyCreated" | "ApiKeyRevoked" | "WebhookRegistered" | "WebhookPaused" | "WebhookResumed" | "WebhookSecretRotated" | "WebhookDeleted" | "WebhookRedeliveryRequested")[];
            /** @description only events about these metrics; events about no metric are then left out */
            metrics?: string[] | null;
            /** @description only events about these subjects (entity ids); events about no subject are then left out */
            subjects?: string[] | null;
            /** Format: uri */
            url: string;
        };
        CurrentValue: {
            /**
             * @description preferred: an editor's rank; resolution: a resolved contradiction; corroboration: more claims agree with it than with any other value; tie: as many claims give another value, and the latest published is shown
             * @enum {string}
             */
            basis: "preferred" | "resolution" | "corroboration" | "tie";
            /** @description the chosen claim first, then those that agree with it */
            claimIds: string[];
            /** @description the values claims at the current valid time give against the chosen one */
            competing?: {
                claimIds: string[];
                value: components["schemas"]["Quantity"];
            }[];
            /**
             * @description set when an open contradiction involves a claim at the current valid time
             * @enum {boolean}
             */
            contested?: true;
            validTime: components["schemas"]["ValidTime"];
            value: components["schemas"]["Quantity"];
        };
        DefineEntity: {
            /** @default [] */
            aliases: string[] | null;
            id: string;
            name: string;
        };
        DefineMetric: {
            /** @default false */
            cumulative: boolean | null;
            id: string;
            /** @enum {string} */
            kind: "count" | "money" | "percent" | "duration" | "other";
            /**
             * @description level (the default): a figure holds until a later one replaces it; flow: a figure counts what happened in its own period
             * @enum {string|null}
             */
            measure?: "level" | "flow" | null;
            /** @default 0 */
            tolerance: number | null;
            unit: string;
            /** @description how many days a figure is expected to stay current (365: yearly); a fact whose newest valid time ended longer ago is stale; absent: never stale */
            updateIntervalDays?: number | null;
        };
        DeliveryAttempt: {
            /** @description 1 for the first attempt at this message */
            attempt: number;
            error: string | null;
            eventId: string;
            eventType: string;
            id: number;
            latencyMs: number;
            /** @description the webhook-id header: the same on every attempt at one event */
            messageId: string;
            /**
             * @description where the message stands now
             * @enum {string}
             */
            messageState: "pending" | "delivered" | "dead";
            /** @description when the next attempt is due; null after a delivery or a dead letter */
            nextRetryAt: string | null;
            /**
             * @description dead: the last attempt failed and the message is dead-lettered
             * @enum {string}
             */
            outcome: "delivered" | "failed" | "dead";
            position: number;
            /** @description the receiver's HTTP status; null when it did not answer */
            responseStatus: number | null;
            startedAt: string;
        };
        DeliveryPage: {
            items: components["schemas"]["DeliveryAttempt"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            next: string | null;
        };
        Entity: {
            aliases: string[];
            id: string;
            name: string;
            version: number;
        };
        EntityAliasAddedEvent: {
            data: {
                alias: string;
                entityId: string;
            };
            /** @enum {string} */
            type: "EntityAliasAdded";
        };
        EntityDefinedEvent: {
            data: {
                aliases: string[];
                entityId: string;
                name: string;
            };
            /** @enum {string} */
            type: "EntityDefined";
        };
        EntityListItem: {
            aliases: string[];
            id: string;
            name: string;
        };
        EntityPage: {
            items: components["schemas"]["EntityListItem"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            next: string | null;
        };
        EntityWritten: {
            aliases: string[];
            id: string;
            name: string;
            /** @description the position of the last event written; pass as minPosition to read your write */
            position: number;
            /** @description the version after this write, as the ETag carries it */
            version: number;
        };
        EventData: components["schemas"]["SourceRegisteredEvent"] | components["schemas"]["SourceUpdatedEvent"] | components["schemas"]["EntityDefinedEvent"] | components["schemas"]["EntityAliasAddedEvent"] | components["schemas"]["MetricDefinedEvent"] | components["schemas"]["ClaimRecordedEvent"] | components["schemas"]["ClaimCorrectedEvent"] | components["schemas"]["ClaimRetractedEvent"] | components["schemas"]["ClaimRestoredEvent"] | components["schemas"]["ClaimReviewedEvent"] | components["schemas"]["ClaimRankedEvent"] | components["schemas"]["ClaimWorkflowMovedEvent"] | components["schemas"]["ReviewerAssignedEvent"] | components["schemas"]["ReviewerUnassignedEvent"] | components["schemas"]["ClaimCommentedEvent"] | components["schemas"]["ContradictionResolvedEvent"] | components["schemas"]["ApiKeyCreatedEvent"] | components["schemas"]["ApiKeyRevokedEvent"] | components["schemas"]["WebhookRegisteredEvent"] | components["schemas"]["WebhookPausedEvent"] | components["schemas"]["WebhookResumedEvent"] | components["schemas"]["WebhookSecretRotatedEvent"] | components["schemas"]["WebhookDeletedEvent"] | components["schemas"]["WebhookRedeliveryRequestedEvent"];
        ExportLine: {
            /** Format: date-time */
            exportedAt: string;
            /** @enum {string} */
            format: "factlog-export";
            /** @enum {number} */
            formatVersion: 1;
            /** @enum {string} */
            record: "header";
        } | {
            /**
             * Format: date-time
             * @description when the event was first recorded
             */
            at?: string;
            /** @description who first recorded it */
            by?: string;
            id: string;
            /** @enum {string} */
            kind: "news_article" | "press_release" | "official_statement" | "statistical_release" | "other";
            language: string;
            publishedAt: string;
            publisher?: string;
            /** @enum {string} */
            record: "source";
            text?: string;
            title: string;
            /** Format: uri */
            url?: string;
        } | {
            /**
             * Format: date-time
             * @description when the event was first recorded
             */
            at?: string;
            /** @description who first recorded it */
            by?: string;
            changes: {
                /** @enum {string} */
                kind?: "news_article" | "press_release" | "official_statement" | "statistical_release" | "other";
                language?: string;
                publishedAt?: string;
                publisher?: string;
                text?: string;
                title?: string;
                /** Format: uri */
                url?: string;
            };
            id: string;
            /** @enum {string} */
            record: "source_update";
            /** @description the event's version in its stream */
            version?: number;
        } | {
            aliases: string[];
            /**
             * Format: date-time
             * @description when the event was first recorded
             */
            at?: string;
            /** @description who first recorded it */
            by?: string;
            id: string;
            name: string;
            /** @enum {string} */
            record: "entity";
        } | {
            alias: string;
            /**
             * Format: date-time
             * @description when the event was first recorded
             */
            at?: string;
            /** @description who first recorded it */
            by?: string;
            entityId: string;
            /** @enum {string} */
            record: "entity_alias";
            /** @description the event's version in its stream */
            version?: number;
        } | {
            /**
             * Format: date-time
             * @description when the event was first recorded
             */
            at?: string;
            /** @description who first recorded it */
            by?: string;
            cumulative: boolean;
            id: string;
            /** @enum {string} */
            kind: "count" | "money" | "percent" | "duration" | "other";
            /**
             * @description level (the default): a figure holds until a later one replaces it; flow: a figure counts what happened in its own period
             * @enum {string}
             */
            measure?: "level" | "flow";
            /** @enum {string} */
            record: "metric";
            tolerance: number;
            unit: string;
            /** @description how many days a figure is expected to stay current (365: yearly); a fact whose newest valid time ended longer ago is stale; absent: never stale */
            updateIntervalDays?: number;
        } | {
            /**
             * Format: date-time
             * @description when the event was first recorded
             */
            at?: string;
            attribution?: string;
            /** @description who first recorded it */
            by?: string;
            entityId: string;
            /**
             * Format: uuid
             * @description the claim id, which must follow from its source, entity, metric, valid time and span as factlog derives it
             */
            id: string;
            metricId: string;
            note?: string;
            quote?: {
                end: number;
                start: number;
                text: string;
            };
            /** @enum {string} */
            record: "claim";
            sourceId: string;
            validTime: {
                at: string;
            } | {
                from: string;
                to: string;
            };
            value: {
                amount?: number;
                lowerBound?: number;
                /**
                 * @default exact
                 * @enum {string}
                 */
                qualifier: "exact" | "approx" | "more_than" | "at_least" | "less_than" | "at_most" | "range" | "vague";
                unit?: string;
                upperBound?: number;
            };
        } | {
            /**
             * Format: date-time
             * @description when the event was first recorded
             */
            at?: string;
            /** @description who first recorded it */
            by?: string;
            /** Format: uuid */
            claimId: string;
            reason: string;
            /** @enum {string} */
            record: "correction";
            validTime?: {
                at: string;
            } | {
                from: string;
                to: string;
            };
            value?: {
                amount?: number;
                lowerBound?: number;
                /**
                 * @default exact
                 * @enum {string}
                 */
                qualifier: "exact" | "approx" | "more_than" | "at_least" | "less_than" | "at_most" | "range" | "vague";
                unit?: string;
                upperBound?: number;
            };
            /** @description the event's version in its stream */
            version?: number;
        } | {
            /**
             * Format: date-time
             * @description when the event was first recorded
             */
            at?: string;
            /** @description who first recorded it */
            by?: string;
            /** Format: uuid */
            claimId: string;
            reason: string;
            /** @enum {string} */
            record: "retraction";
            /** @description the event's version in its stream */
            version?: number;
        } | {
            /**
             * Format: date-time
             * @description when the event was first recorded
             */
            at?: string;
            /** @description who first recorded it */
            by?: string;
            /** Format: uuid */
            claimId: string;
            reason: string;
            /** @enum {string} */
            record: "restoration";
            /** @description the event's version in its stream */
            version?: number;
        } | {
            /**
             * Format: date-time
             * @description when the event was first recorded
             */
            at?: string;
            /** @description who first recorded it */
            by?: string;
            /** Format: uuid */
            claimId: string;
            note?: string;
            /** @enum {string} */
            record: "review";
            /** @enum {string} */
            verdict: "accurate" | "inaccurate" | "misleading" | "unsupported" | "outdated" | "inconclusive";
            /** @description the event's version in its stream */
            version?: number;
        } | {
            /**
             * Format: date-time
             * @description when the event was first recorded
             */
            at?: string;
            /** @description who first recorded it */
            by?: string;
            /** Format: uuid */
            claimId: string;
            /** @enum {string} */
            rank: "preferred" | "normal" | "deprecated";
            reason: string;
            /** @enum {string} */
            record: "rank";
            /** @description the event's version in its stream */
            version?: number;
        } | {
            /**
             * Format: date-time
             * @description when the event was first recorded
             */
            at?: string;
            /** @description who first recorded it */
            by?: string;
            /** Format: uuid */
            claimId: string;
            note?: string;
            /** @enum {string} */
            record: "workflow";
            /** @enum {string} */
            to: "unstarted" | "in_progress" | "in_review" | "published";
            /** @description the event's version in its stream */
            version?: number;
        } | {
            assignee: string;
            /**
             * Format: date-time
             * @description when the event was first recorded
             */
            at?: string;
            /** @description who first recorded it */
            by?: string;
            /** Format: uuid */
            claimId: string;
            /** @enum {string} */
            record: "assignment";
            /** @description the event's version in its stream */
            version?: number;
        } | {
            assignee: string;
            /**
             * Format: date-time
             * @description when the event was first recorded
             */
            at?: string;
            /** @description who first recorded it */
            by?: string;
            /** Format: uuid */
            claimId: string;
            /** @enum {string} */
            record: "unassignment";
            /** @description the event's version in its stream */
            version?: number;
        } | {
            /**
             * Format: date-time
             * @description when the event was first recorded
             */
            at?: string;
            /** @description who first recorded it */
            by?: string;
            /** Format: uuid */
            claimId: string;
            /** Format: uuid */
            commentId: string;
            /** @enum {string} */
            record: "comment";
            text: string;
            /** @description the event's version in its stream */
            version?: number;
        } | {
            /**
             * Format: date-time
             * @description when the event was first recorded
             */
            at?: string;
            /** @description who first recorded it */
            by?: string;
            claimIds: string[];
            /**
             * Format: uuid
             * @description follows from the fact and one of its claims, as factlog derives it
             */
            contradictionId: string;
            entityId: string;
            metricId: string;
            preferred: string[];
            reason: string;
            /** @enum {string} */
            record: "resolution";
            /** @description the event's version in its stream */
            version?: number;
        };
        FactChange: {
            /** @description when it was recorded */
            at: string;
            /** @description who recorded it: the actor of the event (null: not known) */
            by: string | null;
            /** @description the claim it changed; for a resolution, the first claim it settled */
            claimId: string;
            claimIds?: string[];
            contradictionId?: string;
            /** @enum {string} */
            kind: "added" | "corrected" | "retracted" | "restored" | "reviewed" | "ranked" | "resolved";
            /** @description the event's position in the log */
            position: number;
            preferred?: string[];
            /** @description corrected: the value and valid time before */
            previous?: {
                validTime: components["schemas"]["ValidTime"];
                value: components["schemas"]["Quantity"];
            };
            /** @enum {string} */
            previousRank?: "preferred" | "normal" | "deprecated";
            /** @enum {string} */
            rank?: "preferred" | "normal" | "deprecated";
            /** @description the reason given (for a review, its note) */
            reason?: string;
            sourceId?: string;
            validTime?: components["schemas"]["ValidTime"];
            /** @description added: the value recorded; corrected: the value after */
            value?: components["schemas"]["Quantity"];
            verdict?: string;
        };
        FactChanges: {
            /** @description oldest first */
            changes: components["schemas"]["FactChange"][];
            from: {
                at: string;
                claimCount: number;
                /** @description the current value as known then (null: none yet) */
                value: components["schemas"]["CurrentValue"] | null;
            };
            metric: string;
            subject: string;
            to: {
                at: string;
                claimCount: number;
                /** @description the current value as known then (null: none yet) */
                value: components["schemas"]["CurrentValue"] | null;
            };
            unit: string | null;
        };
        FactListItem: {
            claimCount: number;
            current: components["schemas"]["CurrentValue"] | null;
            flags: string[];
            metric: string;
            openContradictions: number;
            sourceCount: number;
            subject: string;
        };
        FactPage: {
            items: components["schemas"]["FactListItem"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            next: string | null;
        };
        FactView: {
            asOf: components["schemas"]["AsOf"];
            claimCount: number;
            contradictions: components["schemas"]["Contradiction"][];
            current?: components["schemas"]["CurrentValue"];
            flags: string[];
            latestValidEnd?: string;
            metric: string;
            sourceCount: number;
            subject: string;
            unit: string;
        };
        FeedEvent: {
            actor: string | null;
            /** @description resume after this event: as `cursor`, or Last-Event-ID on the stream */
            cursor: string;
            id: string;
            /** @description the global position of the event in the log */
            position: number;
            recordedAt: string;
            requestId: string | null;
            schemaVersion: number;
            stream: string;
            /** @description the version of its stream the event made */
            version: number;
        } & components["schemas"]["EventData"];
        FeedPage: {
            items: components["schemas"]["FeedEvent"][];
            /** @description the cursor after the last event read (the same one when there were none yet): poll with it */
            next: string;
        };
        FigureCandidate: {
            /** @enum {string} */
            kind: "money" | "percent" | "count" | "ratio" | "price" | "duration" | "other";
            quote: components["schemas"]["Quote"];
            /** @description the id of an active claim of this source whose quote overlaps the figure */
            recordedAs?: string;
            /** @description the nearest name before the figure in its sentence */
            subjectHint?: string;
            /** @description the date nearest the figure in its sentence, if the sentence names one */
            validTime?: components["schemas"]["ValidTime"];
            /** @description the value as POST /v1/claims takes it; unit is ISO 4217 for money, percent, fraction, multiple, a unit of time or the counted noun, absent when the text does not say */
            value: {
                amount?: number;
                lowerBound?: number;
                /** @enum {string} */
                qualifier: "exact" | "approx" | "more_than" | "at_least" | "less_than" | "at_most" | "range" | "vague";
                /** @description the figures in the unit the source stated, when it was not the metric's; amount, bounds and unit above are then in the metric's unit, as claims are compared */
                stated?: {
                    amount?: number;
                    lowerBound?: number;
                    unit: string;
                    upperBound?: number;
                };
                unit?: string;
                upperBound?: number;
            };
        };
        FigureCandidateList: {
            /** @description in text order */
            items: components["schemas"]["FigureCandidate"][];
        };
        ImportAccepted: {
            id: string;
        };
        ImportRowError: {
            field: string;
            /** @description the line of the file, from 1 (the CSV header) */
            line: number;
            message: string;
        };
        ImportStatus: {
            actor: string | null;
            /** @description the first 100 errors */
            errors: components["schemas"]["ImportRowError"][];
            failure: string | null;
            finishedAt: string | null;
            format: string;
            id: string;
            options: {
                allOrNothing: boolean;
                defineMissing: boolean;
                dryRun: boolean;
            };
            /**
             * @description checking: the first pass of an allOrNothing import
             * @enum {string}
             */
            phase: "checking" | "writing";
            /** @description the position of the last event written: pass it as minPosition to read what the import wrote */
            position: number;
            /** @description rows that recorded a new claim, lines of an export that recorded their event (in a dry run: would) */
            recorded: number;
            rejected: number;
            rowsPerSecond: number;
            rowsRead: number;
            startedAt: string;
            /**
             * @description running; succeeded (every row recorded or already there); completed_with_errors (refused rows named in errors, the others written); failed (nothing more will be written: see failure); interrupted (its process stopped: import the same file again to complete it)
             * @enum {string}
             */
            status: "running" | "succeeded" | "completed_with_errors" | "failed" | "interrupted";
            /** @description rows whose claim was already recorded as they state it, lines of an export whose event was there already */
            unchanged: number;
        };
        Live: {
            /** @enum {string} */
            status: "ok";
        };
        LogVerification: {
            events: number;
            /** @description the mismatching event with the lowest position (else the first stream that does not match) */
            firstMismatch: {
                globalPosition: number | null;
                reason: string;
                streamId: string;
                streamVersion: number;
            } | null;
            /** @description how many events and streams do not match */
            mismatches: number;
            ok: boolean;
            streams: number;
        };
        MarkedText: {
            /** @description the matching words, as [start, end) offsets in UTF-16 code units (JavaScript string indices), sorted */
            marks: (number)[][];
            /** @description plain text: show it as text, never as HTML */
            text: string;
        };
        Me: {
            name: string;
            /** @enum {string} */
            role: "reader" | "editor" | "reviewer" | "admin";
        };
        Metric: {
            cumulative: boolean;
            id: string;
            /** @enum {string} */
            kind: "count" | "money" | "percent" | "duration" | "other";
            /**
             * @description level: a figure holds until a later one (carried forward by GET .../value); flow: a figure counts its own period only
             * @enum {string}
             */
            measure: "level" | "flow";
            tolerance: number;
            unit: string;
            /** @description how many days a figure is expected to stay current; absent: its facts are never stale */
            updateIntervalDays?: number;
            version: number;
        };
        MetricDefinedEvent: {
            data: {
                cumulative: boolean;
                /** @enum {string} */
                kind: "count" | "money" | "percent" | "duration" | "other";
                metricId: string;
                tolerance: number;
                unit: string;
                updateIntervalDays?: number;
            };
            /** @enum {string} */
            type: "MetricDefined";
        };
        MetricListItem: {
            cumulative: boolean;
            id: string;
            /** @enum {string} */
            kind: "count" | "money" | "percent" | "duration" | "other";
            /** @enum {string} */
            measure: "level" | "flow";
            tolerance: number;
            unit: string;
            /** @description how many days a figure is expected to stay current; absent: never stale */
            updateIntervalDays?: number;
        };
        MetricPage: {
            items: components["schemas"]["MetricListItem"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            next: string | null;
        };
        MetricWritten: {
            cumulative: boolean;
            id: string;
            /** @enum {string} */
            kind: "count" | "money" | "percent" | "duration" | "other";
            /**
             * @description level: a figure holds until a later one (carried forward by GET .../value); flow: a figure counts its own period only
             * @enum {string}
             */
            measure: "level" | "flow";
            /** @description the position of the last event written; pass as minPosition to read your write */
            position: number;
            tolerance: number;
            unit: string;
            /** @description how many days a figure is expected to stay current; absent: its facts are never stale */
            updateIntervalDays?: number;
            /** @description the version after this write, as the ETag carries it */
            version: number;
        };
        MoveWorkflow: {
            note?: string | null;
            /** @enum {string} */
            to: "in_progress" | "in_review" | "published";
        };
        ParkedEvent: {
            attempts: number;
            /** @description the parked event of the same stream it waits behind; null when it failed itself */
            blockedBy: number | null;
            consumer: string;
            error: string;
            eventId: string;
            eventType: string;
            globalPosition: number;
            lastAttemptAt: string;
            parkedAt: string;
            retryRequestedAt: string | null;
            streamId: string;
            streamVersion: number;
            transactionId: string;
        };
        ParkedPage: {
            items: components["schemas"]["ParkedEvent"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            next: string | null;
        };
        ParkedRetry: {
            parked: {
                /** @description could not be applied; the others wait behind one of these in the same stream */
                failed: number;
                /** @description where the parked events are listed */
                href: string;
                total: number;
            };
            /** @description still to be retried (202) */
            pending: number;
            projection: string;
            requested: number;
        };
        Problem: {
            detail?: string;
            /** @description each field (body path, query parameter or header) at fault */
            errors?: {
                field: string;
                message: string;
            }[];
            instance?: string;
            requestId?: string;
            status: number;
            title: string;
            type: string;
        };
        ProjectionList: {
            items: components["schemas"]["ProjectionStatus"][];
            /** @description the read replicas (DATABASE_READ_URLS) and how far each is behind the primary; a replica's copy of every projection is as far behind as the replica */
            replicas: components["schemas"]["ReplicaStatus"][];
        };
        ProjectionStatus: {
            checkpoint: {
                position: number;
                transactionId: string;
            } | null;
            eventsBehind: number;
            headPosition: number;
            name: string;
            parked: {
                /** @description could not be applied; the others wait behind one of these in the same stream */
                failed: number;
                /** @description where the parked events are listed */
                href: string;
                total: number;
            };
            secondsBehind: number;
            /** @description a projection split by fact (FACTLOG_PROJECTION_SLICES) has a checkpoint per slice; the projection stands where its slice furthest behind does, and its parked events are all of theirs. One entry when it is not split */
            slices: {
                checkpoint: {
                    position: number;
                    transactionId: string;
                } | null;
                /** @description the slice's checkpoint and the consumer its parked events are listed under */
                consumer: string;
                eventsBehind: number;
                parked: {
                    /** @description could not be applied; the others wait behind one of these in the same stream */
                    failed: number;
                    total: number;
                };
                secondsBehind: number;
                /** @description which of how many, from 1: "2/4" */
                slice: string;
            }[];
        };
        Quantity: {
            amount?: number;
            lowerBound?: number;
            /** @enum {string} */
            qualifier: "exact" | "approx" | "more_than" | "at_least" | "less_than" | "at_most" | "range" | "vague";
            /** @description the figures in the unit the source stated, when it was not the metric's; amount, bounds and unit above are then in the metric's unit, as claims are compared */
            stated?: {
                amount?: number;
                lowerBound?: number;
                unit: string;
                upperBound?: number;
            };
            unit: string;
            upperBound?: number;
        };
        QuantityInput: {
            amount?: number | null;
            lowerBound?: number | null;
            /**
             * @default exact
             * @enum {string|null}
             */
            qualifier: "exact" | "approx" | "more_than" | "at_least" | "less_than" | "at_most" | "range" | "vague" | null;
            unit?: string | null;
            upperBound?: number | null;
        };
        Quote: {
            end: number;
            start: number;
            text: string;
        };
        QuoteInput: {
            end: number;
            start: number;
            text: string;
        };
        RankClaim: {
            /** @enum {string} */
            rank: "preferred" | "normal" | "deprecated";
            reason: string;
        };
        Ready: {
            /** @enum {string} */
            database: "ok";
            /** @enum {string} */
            status: "ok";
        };
        Reason: {
            reason: string;
        };
        RecordClaim: {
            attribution?: string | null;
            createEntity?: boolean | null;
            metric: string;
            note?: string | null;
            quote?: components["schemas"]["QuoteInput"] | null;
            sourceId: string;
            subject: string;
            validTime: components["schemas"]["ValidTimeInput"];
            value: components["schemas"]["QuantityInput"];
        };
        Redelivery: {
            eventId: string;
            messageId: string;
            /** @enum {string} */
            state: "pending";
        };
        RegisterSource: {
            id?: string | null;
            /** @enum {string} */
            kind: "news_article" | "press_release" | "official_statement" | "statistical_release" | "other";
            language?: string | null;
            publishedAt: string;
            publisher?: string | null;
            text?: string | null;
            title: string;
            /** Format: uri */
            url?: string | null;
        };
        ReplicaStatus: {
            /** @description when it left the rotation; null while healthy */
            downSince: string | null;
            /** @description the highest position of the log the replica holds (null when it does not answer) */
            headPosition: number | null;
            /** @description in rotation: reads go to it (false: it did not answer, and the primary or the other replicas serve its reads) */
            healthy: boolean;
            /** @description host:port of the replica, as DATABASE_READ_URLS names it */
            name: string;
            /** @description the primary's head of the log less the replica's */
            positionsBehind: number | null;
            /** @description the replica's copy of each projection */
            projections: {
                name: string;
                /** @description the position of the replica's copy of the projection's checkpoint */
                position: number | null;
                /** @description the primary's checkpoint position less the replica's */
                positionsBehind: number | null;
            }[];
            /** @description WAL written on the primary that the replica has not replayed yet */
            replayLagBytes: number | null;
            /** @description 0 when it has replayed all it received; else the age of the last transaction it replayed */
            replayLagSeconds: number | null;
        };
        Resolution: {
            claimIds: string[];
            contradictionId: string;
            preferred: string[];
            reason: string;
            resolvedAt: string;
            resolvedBy?: string;
        };
        ResolveContradiction: {
            preferred: string[];
            reason: string;
        };
        ReviewClaim: {
            note?: string | null;
            /** @enum {string} */
            verdict: "accurate" | "inaccurate" | "misleading" | "unsupported" | "outdated" | "inconclusive";
        };
        ReviewerAssignedEvent: {
            data: {
                assignee: string;
                claimId: string;
            };
            /** @enum {string} */
            type: "ReviewerAssigned";
        };
        ReviewerUnassignedEvent: {
            data: {
                assignee: string;
                claimId: string;
            };
            /** @enum {string} */
            type: "ReviewerUnassigned";
        };
        ReviewItem: {
            assignees: string[];
            changedAt: string;
            changedBy: string | null;
            commentCount: number;
            id: string;
            metric: string;
            retracted: boolean;
            source: {
                id: string;
                title: string | null;
            };
            /** @enum {string} */
            status: "unstarted" | "in_progress" | "in_review" | "published";
            subject: string;
            validTime: components["schemas"]["ValidTime"];
            value: components["schemas"]["Quantity"];
            verdict: string | null;
            /** @description true when the claim was corrected after its verdict: the verdict judged an earlier version and is to be redone */
            verdictOutdated: boolean;
        };
        ReviewPage: {
            items: components["schemas"]["ReviewItem"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            next: string | null;
        };
        SearchHit: {
            claimId: string | null;
            commentId: string | null;
            /** @description the hit: kind, a colon and the id (a comment: claim id and comment id) */
            id: string;
            /** @enum {string} */
            kind: "claim" | "source" | "entity" | "metric" | "comment";
            links: {
                /** @description the API path of what was found */
                api: string;
                /** @description the web UI's address of it (a hash route) */
                web: string;
            };
            metric: string | null;
            /** @description the first day of the publication date (sources, claims, comments) */
            publishedOn: string | null;
            publisher: string | null;
            /** @description higher is better; compares hits of one search only */
            score: number;
            /** @description the rest that matched: aliases, a claim's attribution, a source's publisher and text */
            snippet: components["schemas"]["MarkedText"] | null;
            sourceId: string | null;
            /** @description the entity id */
            subject: string | null;
            /** @description an entity's name, a metric's id, a source's title, a claim's quote (else its attribution), a comment's text */
            title: components["schemas"]["MarkedText"];
        };
        SearchPage: {
            items: components["schemas"]["SearchHit"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            next: string | null;
        };
        Source: {
            id: string;
            /** @enum {string} */
            kind: "news_article" | "press_release" | "official_statement" | "statistical_release" | "other";
            language: string;
            publishedAt: string;
            /** @enum {string} */
            publishedAtPrecision: "day" | "month" | "year";
            publisher?: string;
            text?: string;
            title: string;
            url?: string;
            version: number;
        };
        SourceListItem: {
            id: string;
            /** @enum {string} */
            kind: "news_article" | "press_release" | "official_statement" | "statistical_release" | "other";
            language: string;
            publishedAt: string;
            publisher: string | null;
            title: string;
            url: string | null;
        };
        SourcePage: {
            items: components["schemas"]["SourceListItem"][];
            /** @description pass as `cursor` to read the next page; null on the last page */
            next: string | null;
        };
        SourceRegisteredEvent: {
            data: {
                /** @enum {string} */
                kind: "news_article" | "press_release" | "official_statement" | "statistical_release" | "other";
                language: string;
                publishedAt: string;
                publisher?: string;
                sourceId: string;
                text?: string;
                title: string;
                url?: string;
            };
            /** @enum {string} */
            type: "SourceRegistered";
        };
        SourceUpdatedEvent: {
            data: {
                changes: {
                    /** @enum {string} */
                    kind?: "news_article" | "press_release" | "official_statement" | "statistical_release" | "other";
                    language?: string;
                    publishedAt?: string;
                    publisher?: string;
                    text?: string;
                    title?: string;
                    url?: string;
                };
                sourceId: string;
            };
            /** @enum {string} */
            type: "SourceUpdated";
        };
        SourceWritten: {
            id: string;
            /** @enum {string} */
            kind: "news_article" | "press_release" | "official_statement" | "statistical_release" | "other";
            language: string;
            /** @description the position of the last event written; pass as minPosition to read your write */
            position: number;
            publishedAt: string;
            /** @enum {string} */
            publishedAtPrecision: "day" | "month" | "year";
            publisher?: string;
            text?: string;
            title: string;
            url?: string;
            /** @description the version after this write, as the ETag carries it */
            version: number;
        };
        StreamToken: {
            expiresAt: string;
            /** @description opens GET /v1/events/stream?token=... within 60 s, and nothing else */
            token: string;
            /** @description the stream, with the token: under FACTLOG_BASE_URL when it is set, else relative to the API */
            url: string;
        };
        Timeline: {
            asOf: components["schemas"]["AsOf"];
            claims: components["schemas"]["TimelineClaim"][];
            metric: string;
            subject: string;
            unit: string;
        };
        TimelineClaim: {
            attribution?: string;
            firstRecordedAt: string;
            id: string;
            inContradiction?: string;
            note?: string;
            publishedAt: string;
            publisher?: string;
            quote?: components["schemas"]["Quote"];
            /** @enum {string} */
            rank: "preferred" | "normal" | "deprecated";
            recordedBy?: string;
            /** @description on the newest release of a revised figure: every release, oldest first */
            releases?: {
                claimId: string;
                publishedAt: string;
                sourceId: string;
                value: components["schemas"]["Quantity"];
            }[];
            source: {
                id: string;
                publishedAt: string;
                publisher?: string;
                title: string;
                url?: string;
            };
            sourceId: string;
            /** @description the first and last day the claim holds for */
            span: {
                end: string;
                start: string;
            };
            /** @enum {string} */
            status: "active" | "retracted";
            /** @description set when a later release of the same publisher revised this claim */
            supersededBy?: string;
            validTime: components["schemas"]["ValidTime"];
            value: components["schemas"]["Quantity"];
            verdict?: string;
            /** @description set when the claim was corrected after its verdict: the verdict judged an earlier version */
            verdictOutdated?: boolean;
        };
        UpdateSource: {
            /** @enum {string|null} */
            kind?: "news_article" | "press_release" | "official_statement" | "statistical_release" | "other" | null;
            language?: string | null;
            publishedAt?: string | null;
            publisher?: string | null;
            text?: string | null;
            title?: string | null;
            /** Format: uri */
            url?: string | null;
        };
        ValidTime: {
            at: string;
        } | {
            from: string;
            to: string;
        };
        ValidTimeInput: {
            at: string;
        } | {
            from: string;
            to: string;
        };
        ValueAt: {
            asOf: components["schemas"]["AsOf"];
            /** @description no claim covers validAt: the value is the latest figure before it, labelled with its own validTime */
            carriedForward: boolean;
            /** @description the claims the value rests on: those covering validAt, or those carried forward */
            claimCount: number;
            contradictions: components["schemas"]["Contradiction"][];
            /** @description the answer in words: "60 member, as of 22 January 2015 (next known: 72 member, July 2017)" */
            description: string | null;
            /**
             * @description the metric's: a level's latest figure before validAt is carried forward, a flow's never
             * @enum {string}
             */
            measure: "level" | "flow";
            metric: string;
            /** @description the next known figure after validAt, whatever the measure; null when none is known */
            next: components["schemas"]["CurrentValue"] | null;
            subject: string;
            validAt: string;
            value: components["schemas"]["CurrentValue"] | null;
        };
        Webhook: {
            createdAt: string;
            createdBy: string | null;
            /** @description messages that failed every attempt: redeliver them by hand */
            deadLetters: number;
            description: string;
            eventTypes: string[];
            id: string;
            metrics: string[] | null;
            /** @description why it was paused: by hand, or after failing again and again */
            pausedReason: string | null;
            /** @description messages waiting to be delivered */
            pending: number;
            /** @enum {string} */
            status: "active" | "paused";
            subjects: string[] | null;
            updatedAt: string;
            url: string;
        };
        WebhookCreated: {
            createdAt: string;
            createdBy: string | null;
            /** @description messages that failed every attempt: redeliver them by hand */
            deadLetters: number;
            description: string;
            eventTypes: string[];
            id: string;
            metrics: string[] | null;
            /** @description why it was paused: by hand, or after failing again and again */
            pausedReason: string | null;
            /** @description messages waiting to be delivered */
            pending: number;
            /** @description signs every delivery (Standard Webhooks): shown in this answer only */
            secret: string;
            /** @enum {string} */
            status: "active" | "paused";
            subjects: string[] | null;
            updatedAt: string;
            url: string;
        };
        WebhookDeletedEvent: {
            data: {
                webhookId: string;
            };
            /** @enum {string} */
            type: "WebhookDeleted";
        };
        WebhookList: {
            items: components["schemas"]["Webhook"][];
        };
        WebhookPausedEvent: {
            data: {
                reason: string;
                webhookId: string;
            };
            /** @enum {string} */
            type: "WebhookPaused";
        };
        WebhookPayload: {
            data: {
                event: components["schemas"]["FeedEvent"];
                /** @description the fact the event touched as it stands when sent; null when the event touches none */
                fact: components["schemas"]["FactView"] | null;
            };
            /** @description when this attempt was sent */
            timestamp: string;
            /** @description the event's type */
            type: string;
        };
        WebhookRedeliveryRequestedEvent: {
            data: {
                eventId: string;
                messageId: string;
                webhookId: string;
            };
            /** @enum {string} */
            type: "WebhookRedeliveryRequested";
        };
        WebhookRegisteredEvent: {
            data: {
                description: string;
                eventTypes: string[];
                metrics: string[] | null;
                subjects: string[] | null;
                /** @description the receiver, without its query string */
                url: string;
                webhookId: string;
            };
            /** @enum {string} */
            type: "WebhookRegistered";
        };
        WebhookResumedEvent: {
            data: {
                webhookId: string;
            };
            /** @enum {string} */
            type: "WebhookResumed";
        };
        WebhookSecret: {
            id: string;
            /** @description the new secret, which signs every delivery from now on: shown in this answer only */
            secret: string;
        };
        WebhookSecretRotatedEvent: {
            data: {
                webhookId: string;
            };
            /** @enum {string} */
            type: "WebhookSecretRotated";
        };
        Workflow: {
            assignees: string[];
            comments: components["schemas"]["Comment"][];
            /** @enum {string} */
            status: "unstarted" | "in_progress" | "in_review" | "published";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_live: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the answer you hold: 304 with no body while it still holds */
                "If-None-Match"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Live"];
                };
            };
            /** @description Not Modified: the answer is the one whose ETag was sent in If-None-Match */
            304: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the answer you hold: 304 with no body while it still holds */
                "If-None-Match"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ready"];
                };
            };
            /** @description Not Modified: the answer is the one whose ETag was sent in If-None-Match */
            304: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the database does not answer (Retry-After) */
            503: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PrometheusController_metrics: {
        parameters: {
            query?: never;
            header?: {
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiKeysController_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the answer you hold: 304 with no body while it still holds */
                "If-None-Match"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            /** @description Not Modified: the answer is the one whose ETag was sent in If-None-Match */
            304: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiKeysController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true). */
                "Idempotency-Key"?: string;
                /** @description Ties this write to others (an import, a batch): kept on the events written; the request id when not sent */
                "X-Correlation-Id"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKey"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyCreated"];
                };
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a body over 65536 bytes */
            413: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is well formed but the domain refuses it (the field at fault is named) */
            422: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiKeysController_revoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true). */
                "Idempotency-Key"?: string;
                /** @description Ties this write to others (an import, a batch): kept on the events written; the request id when not sent */
                "X-Correlation-Id"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no active API key with this id */
            404: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuditController_list: {
        parameters: {
            query?: {
                actor?: string;
                cursor?: string;
                from?: string;
                /** @description the events an import wrote (its id, as POST /v1/imports answered it) */
                importId?: string;
                limit?: number;
                subject?: string;
                to?: string;
            };
            header?: {
                /** @description The ETag of the answer you hold: 304 with no body while it still holds */
                "If-None-Match"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description Not Modified: the answer is the one whose ETag was sent in If-None-Match */
            304: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ClaimsController_list: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                /** @description a metric id */
                metric?: string;
                minPosition?: number;
                rank?: "preferred" | "normal" | "deprecated";
                /** @description a source id */
                source?: string;
                status?: "active" | "retracted";
                /** @description the entity's id, name or any alias */
                subject?: string;
                /** @description a reviewer’s verdict, or none for claims without one */
                verdict?: "accurate" | "inaccurate" | "misleading" | "unsupported" | "outdated" | "inconclusive" | "none";
            };
            header?: {
                /** @description The ETag of the answer you hold: 304 with no body while it still holds */
                "If-None-Match"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimPage"];
                };
            };
            /** @description Not Modified: the answer is the one whose ETag was sent in If-None-Match */
            304: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the projection set the event at minPosition aside (parked): an admin sees why at /v1/projections/{name}/parked */
            500: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the projection has not reached minPosition yet (Retry-After) */
            503: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ClaimsController_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true). */
                "Idempotency-Key"?: string;
                /** @description Ties this write to others (an import, a batch): kept on the events written; the request id when not sent */
                "X-Correlation-Id"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordClaim"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description Where the resource reads. */
                    Location?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description Where the resource reads. */
                    Location?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such source or metric, or no such subject (createEntity: true defines it) */
            404: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a body over 65536 bytes */
            413: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is well formed but the domain refuses it (the field at fault is named) */
            422: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ClaimsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the answer you hold: 304 with no body while it still holds */
                "If-None-Match"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            /** @description Not Modified: the answer is the one whose ETag was sent in If-None-Match */
            304: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such claim */
            404: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WorkflowController_assign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true). */
                "Idempotency-Key"?: string;
                /** @description The version you last saw, as its ETag ("3"): the write is refused with 412 if the resource has moved on. */
                "If-Match"?: string;
                /** @description Ties this write to others (an import, a batch): kept on the events written; the request id when not sent */
                "X-Correlation-Id"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignReviewer"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description Where the resource reads. */
                    Location?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such claim */
            404: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the change does not fit the claim as it is (a published claim is locked), or a write raced this one */
            409: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version the claim has moved on from */
            412: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a body over 65536 bytes */
            413: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is well formed but the domain refuses it (the field at fault is named) */
            422: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WorkflowController_unassign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true). */
                "Idempotency-Key"?: string;
                /** @description The version you last saw, as its ETag ("3"): the write is refused with 412 if the resource has moved on. */
                "If-Match"?: string;
                /** @description Ties this write to others (an import, a batch): kept on the events written; the request id when not sent */
                "X-Correlation-Id"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path: {
                assignee: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description Where the resource reads. */
                    Location?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such claim */
            404: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the change does not fit the claim as it is (a published claim is locked), or a write raced this one */
            409: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version the claim has moved on from */
            412: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ExportsController_claimReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the answer you hold: 304 with no body while it still holds */
                "If-None-Match"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/ld+json": components["schemas"]["ClaimReview"];
                };
            };
            /** @description Not Modified: the answer is the one whose ETag was sent in If-None-Match */
            304: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such claim */
            404: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the claim has no verdict yet */
            409: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WorkflowController_comment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true). */
                "Idempotency-Key"?: string;
                /** @description Ties this write to others (an import, a batch): kept on the events written; the request id when not sent */
                "X-Correlation-Id"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentOnClaim"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentWritten"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentWritten"];
                };
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such claim */
            404: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a body over 65536 bytes */
            413: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is well formed but the domain refuses it (the field at fault is named) */
            422: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ClaimsController_correct: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true). */
                "Idempotency-Key"?: string;
                /** @description The version you last saw, as its ETag ("3"): the write is refused with 412 if the resource has moved on. */
                "If-Match"?: string;
                /** @description Ties this write to others (an import, a batch): kept on the events written; the request id when not sent */
                "X-Correlation-Id"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectClaim"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description Where the resource reads. */
                    Location?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such claim */
            404: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the change does not fit the claim as it is (a published claim is locked), or a write raced this one */
            409: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version the claim has moved on from */
            412: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a body over 65536 bytes */
            413: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is well formed but the domain refuses it (the field at fault is named) */
            422: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ClaimsController_rank: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true). */
                "Idempotency-Key"?: string;
                /** @description The version you last saw, as its ETag ("3"): the write is refused with 412 if the resource has moved on. */
                "If-Match"?: string;
                /** @description Ties this write to others (an import, a batch): kept on the events written; the request id when not sent */
                "X-Correlation-Id"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RankClaim"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description Where the resource reads. */
                    Location?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such claim */
            404: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the change does not fit the claim as it is (a published claim is locked), or a write raced this one */
            409: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version the claim has moved on from */
            412: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a body over 65536 bytes */
            413: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is well formed but the domain refuses it (the field at fault is named) */
            422: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ClaimsController_restore: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true). */
                "Idempotency-Key"?: string;
                /** @description The version you last saw, as its ETag ("3"): the write is refused with 412 if the resource has moved on. */
                "If-Match"?: string;
                /** @description Ties this write to others (an import, a batch): kept on the events written; the request id when not sent */
                "X-Correlation-Id"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Reason"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description Where the resource reads. */
                    Location?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such claim */
            404: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the change does not fit the claim as it is (a published claim is locked), or a write raced this one */
            409: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version the claim has moved on from */
            412: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a body over 65536 bytes */
            413: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is well formed but the domain refuses it (the field at fault is named) */
            422: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ClaimsController_retract: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true). */
                "Idempotency-Key"?: string;
                /** @description The version you last saw, as its ETag ("3"): the write is refused with 412 if the resource has moved on. */
                "If-Match"?: string;
                /** @description Ties this write to others (an import, a batch): kept on the events written; the request id when not sent */
                "X-Correlation-Id"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Reason"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description Where the resource reads. */
                    Location?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such claim */
            404: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the change does not fit the claim as it is (a published claim is locked), or a write raced this one */
            409: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version the claim has moved on from */
            412: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a body over 65536 bytes */
            413: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is well formed but the domain refuses it (the field at fault is named) */
            422: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ClaimsController_review: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true). */
                "Idempotency-Key"?: string;
                /** @description The version you last saw, as its ETag ("3"): the write is refused with 412 if the resource has moved on. */
                "If-Match"?: string;
                /** @description Ties this write to others (an import, a batch): kept on the events written; the request id when not sent */
                "X-Correlation-Id"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewClaim"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description Where the resource reads. */
                    Location?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such claim */
            404: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the change does not fit the claim as it is (a published claim is locked), or a write raced this one */
            409: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version the claim has moved on from */
            412: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a body over 65536 bytes */
            413: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is well formed but the domain refuses it (the field at fault is named) */
            422: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WorkflowController_move: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true). */
                "Idempotency-Key"?: string;
                /** @description The version you last saw, as its ETag ("3"): the write is refused with 412 if the resource has moved on. */
                "If-Match"?: string;
                /** @description Ties this write to others (an import, a batch): kept on the events written; the request id when not sent */
                "X-Correlation-Id"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveWorkflow"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description Where the resource reads. */
                    Location?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such claim */
            404: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the change does not fit the claim as it is (a published claim is locked), or a write raced this one */
            409: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version the claim has moved on from */
            412: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a body over 65536 bytes */
            413: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is well formed but the domain refuses it (the field at fault is named) */
            422: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ClaimsController_preview: {
        parameters: {
            query?: {
                minPosition?: number;
            };
            header?: {
                /** @description Makes a write safe to retry: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true). */
                "Idempotency-Key"?: string;
                /** @description Ties this write to others (an import, a batch): kept on the events written; the request id when not sent */
                "X-Correlation-Id"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordClaim"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimPreview"];
                };
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such source or metric */
            404: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a body over 65536 bytes */
            413: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is well formed but the domain refuses it (the field at fault is named) */
            422: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the projection set the event at minPosition aside (parked): an admin sees why at /v1/projections/{name}/parked */
            500: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the projection has not reached minPosition yet (Retry-After) */
            503: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ContradictionsController_list: {
        parameters: {
            query?: {
                cursor?: string;
                knownAt?: string;
                limit?: number;
                metric?: string;
                minPosition?: number;
                publishedBefore?: string;
                status?: "open" | "resolved";
                subject?: string;
            };
            header?: {
                /** @description The ETag of the answer you hold: 304 with no body while it still holds */
                "If-None-Match"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContradictionPage"];
                };
            };
            /** @description Not Modified: the answer is the one whose ETag was sent in If-None-Match */
            304: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the projection set the event at minPosition aside (parked): an admin sees why at /v1/projections/{name}/parked */
            500: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the projection has not reached minPosition yet (Retry-After) */
            503: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ContradictionsController_resolve: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true). */
                "Idempotency-Key"?: string;
                /** @description Ties this write to others (an import, a batch): kept on the events written; the request id when not sent */
                "X-Correlation-Id"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveContradiction"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContradictionResolved"];
                };
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such contradiction */
            404: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the contradiction changed meanwhile */
            409: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a body over 65536 bytes */
            413: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is well formed but the domain refuses it (the field at fault is named) */
            422: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EntitiesController_list: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                minPosition?: number;
                /** @description the start of the id, the name or any alias, in any case */
                q?: string;
            };
            header?: {
                /** @description The ETag of the answer you hold: 304 with no body while it still holds */
                "If-None-Match"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityPage"];
                };
            };
            /** @description Not Modified: the answer is the one whose ETag was sent in If-None-Match */
            304: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the projection set the event at minPosition aside (parked): an admin sees why at /v1/projections/{name}/parked */
            500: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the projection has not reached minPosition yet (Retry-After) */
            503: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EntitiesController_define: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true). */
                "Idempotency-Key"?: string;
                /** @description Ties this write to others (an import, a batch): kept on the events written; the request id when not sent */
                "X-Correlation-Id"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DefineEntity"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description Where the resource reads. */
                    Location?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityWritten"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description Where the resource reads. */
                    Location?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityWritten"];
                };
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the id is taken by a different entity */
            409: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a body over 65536 bytes */
            413: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is well formed but the domain refuses it (the field at fault is named) */
            422: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EntitiesController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the answer you hold: 304 with no body while it still holds */
                "If-None-Match"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Entity"];
                };
            };
            /** @description Not Modified: the answer is the one whose ETag was sent in If-None-Match */
            304: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such entity */
            404: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EntitiesController_addAlias: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true). */
                "Idempotency-Key"?: string;
                /** @description Ties this write to others (an import, a batch): kept on the events written; the request id when not sent */
                "X-Correlation-Id"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddAlias"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description Where the resource reads. */
                    Location?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityWritten"];
                };
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such entity */
            404: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the alias names another entity */
            409: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a body over 65536 bytes */
            413: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is well formed but the domain refuses it (the field at fault is named) */
            422: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EventsController_page: {
        parameters: {
            query?: {
                /** @description resume after the event this cursor names (an event's `cursor`, or a page's `next`) */
                cursor?: string;
                limit?: number;
            };
            header?: {
                /** @description The ETag of the answer you hold: 304 with no body while it still holds */
                "If-None-Match"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedPage"];
                };
            };
            /** @description Not Modified: the answer is the one whose ETag was sent in If-None-Match */
            304: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EventsController_stream: {
        parameters: {
            query?: {
                /** @description resume after the event this cursor names (an event's `cursor`, or a page's `next`) */
                cursor?: string;
                limit?: number;
                /** @description a stream token from POST /v1/events/stream-tokens, for clients that cannot send the Authorization header (EventSource) */
                token?: string;
            };
            header?: {
                /** @description Resumes a stream after this event (the id of the last event received); takes precedence over cursor. */
                "Last-Event-ID"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description over the rate limit; see Retry-After
             *
             *     too many open streams for this key or in all (Retry-After)
             */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EventsController_streamToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true). */
                "Idempotency-Key"?: string;
                /** @description Ties this write to others (an import, a batch): kept on the events written; the request id when not sent */
                "X-Correlation-Id"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StreamToken"];
                };
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    LogExportController_export: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the answer you hold: 304 with no body while it still holds */
                "If-None-Match"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": components["schemas"]["ExportLine"];
                };
            };
            /** @description Not Modified: the answer is the one whose ETag was sent in If-None-Match */
            304: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    FactsController_list: {
        parameters: {
            query?: {
                cursor?: string;
                flag?: "contradicted" | "contested" | "disputed_history" | "anomaly" | "single_source" | "unreviewed" | "stale";
                limit?: number;
                metric?: string;
                minPosition?: number;
                subject?: string;
            };
            header?: {
                /** @description The ETag of the answer you hold: 304 with no body while it still holds */
                "If-None-Match"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FactPage"];
                };
            };
            /** @description Not Modified: the answer is the one whose ETag was sent in If-None-Match */
            304: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the projection set the event at minPosition aside (parked): an admin sees why at /v1/projections/{name}/parked */
            500: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the projection has not reached minPosition yet (Retry-After) */
            503: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    FactsController_get: {
        parameters: {
            query?: {
                knownAt?: string;
                minPosition?: number;
                publishedBefore?: string;
            };
            header?: {
                /** @description The ETag of the answer you hold: 304 with no body while it still holds */
                "If-None-Match"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path: {
                metric: string;
                subject: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FactView"];
                };
            };
            /** @description Not Modified: the answer is the one whose ETag was sent in If-None-Match */
            304: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such fact */
            404: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the projection set the event at minPosition aside (parked): an admin sees why at /v1/projections/{name}/parked */
            500: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the projection has not reached minPosition yet (Retry-After) */
            503: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    FactsController_changes: {
        parameters: {
            query?: {
                /** @description recorded-time instant the changes start after (default: 30 days before to) */
                from?: string;
                minPosition?: number;
                /** @description recorded-time instant the changes end at, included (default: now) */
                to?: string;
            };
            header?: {
                /** @description The ETag of the answer you hold: 304 with no body while it still holds */
                "If-None-Match"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path: {
                metric: string;
                subject: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FactChanges"];
                };
            };
            /** @description Not Modified: the answer is the one whose ETag was sent in If-None-Match */
            304: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such fact */
            404: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the projection set the event at minPosition aside (parked): an admin sees why at /v1/projections/{name}/parked */
            500: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the projection has not reached minPosition yet (Retry-After) */
            503: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    FactsController_timeline: {
        parameters: {
            query?: {
                include?: "active" | "all";
                knownAt?: string;
                minPosition?: number;
                publishedBefore?: string;
            };
            header?: {
                /** @description The ETag of the answer you hold: 304 with no body while it still holds */
                "If-None-Match"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path: {
                metric: string;
                subject: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Timeline"];
                };
            };
            /** @description Not Modified: the answer is the one whose ETag was sent in If-None-Match */
            304: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such fact */
            404: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the projection set the event at minPosition aside (parked): an admin sees why at /v1/projections/{name}/parked */
            500: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the projection has not reached minPosition yet (Retry-After) */
            503: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ExportsController_timelineCsv: {
        parameters: {
            query?: {
                include?: "active" | "all";
                knownAt?: string;
                minPosition?: number;
                publishedBefore?: string;
            };
            header?: {
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path: {
                metric: string;
                subject: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such fact */
            404: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the projection set the event at minPosition aside (parked): an admin sees why at /v1/projections/{name}/parked */
            500: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the projection has not reached minPosition yet (Retry-After) */
            503: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    FactsController_value: {
        parameters: {
            query: {
                knownAt?: string;
                minPosition?: number;
                publishedBefore?: string;
                validAt: string;
            };
            header?: {
                /** @description The ETag of the answer you hold: 304 with no body while it still holds */
                "If-None-Match"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path: {
                metric: string;
                subject: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValueAt"];
                };
            };
            /** @description Not Modified: the answer is the one whose ETag was sent in If-None-Match */
            304: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such fact */
            404: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the projection set the event at minPosition aside (parked): an admin sees why at /v1/projections/{name}/parked */
            500: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the projection has not reached minPosition yet (Retry-After) */
            503: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ImportsController_start: {
        parameters: {
            query?: {
                /** @description write nothing unless every row passes: every row is checked first, then written */
                allOrNothing?: "true" | "false";
                /** @description define the entities and metrics rows name that do not exist (metrics from metric_unit, metric_kind, metric_cumulative) */
                defineMissing?: "true" | "false";
                /** @description check every row and write nothing */
                dryRun?: "true" | "false";
            };
            header?: {
                /** @description Makes a write safe to retry: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true). */
                "Idempotency-Key"?: string;
                /** @description Ties this write to others (an import, a batch): kept on the events written; the request id when not sent */
                "X-Correlation-Id"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description A file of claims, one a row, each with its source inline: CSV with a header row (text/csv) or one JSON object a line (application/x-ndjson), with the same field names. Fields: source_id, source_title, source_publisher, source_published_at, source_url, source_kind, source_language, subject, metric, amount, lower, upper, qualifier, unit, valid_at, valid_from, valid_to, quote, quote_start, quote_end, attribution, metric_unit, metric_kind, metric_cumulative. The source is source_id (registered before), or source_title, source_publisher and source_published_at with source_url, source_kind (default other) and source_language optional: rows naming the same source share it, registered once. subject is an entity id or any of its names; metric a metric id. The value is amount, lower, upper, qualifier (default exact) and unit (default the metric’s); the valid time valid_at, or valid_from and valid_to (YYYY, YYYY-MM or YYYY-MM-DD, years 0001 to 9999). quote, quote_start and quote_end go together; attribution is optional. With defineMissing, an entity that does not exist is defined under the subject’s name, and a metric from metric_unit, metric_kind and metric_cumulative. An empty CSV cell is a field left out. Each row is decided as POST /v1/claims decides a claim. NDJSON may also hold the lines GET /v1/export writes (ExportLine: each names what it is in record, and is decided as the API decides that write, in the order of the file; verdicts, ranks, resolutions and publishing need a reviewer’s key). */
        requestBody: {
            content: {
                "application/x-ndjson": string;
                "text/csv": string;
            };
        };
        responses: {
            /** @description Accepted: the work is asked for and not yet done */
            202: {
                headers: {
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description Where the resource reads. */
                    Location?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportAccepted"];
                };
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a file over 536870912 bytes */
            413: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a body that is not text/csv or application/x-ndjson */
            415: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ImportsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the answer you hold: 304 with no body while it still holds */
                "If-None-Match"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportStatus"];
                };
            };
            /** @description Not Modified: the answer is the one whose ETag was sent in If-None-Match */
            304: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such import */
            404: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    LogVerificationController_verify: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the answer you hold: 304 with no body while it still holds */
                "If-None-Match"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogVerification"];
                };
            };
            /** @description Not Modified: the answer is the one whose ETag was sent in If-None-Match */
            304: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MeController_me: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the answer you hold: 304 with no body while it still holds */
                "If-None-Match"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Not Modified: the answer is the one whose ETag was sent in If-None-Match */
            304: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MetricsController_list: {
        parameters: {
            query?: {
                cursor?: string;
                kind?: "count" | "money" | "percent" | "duration" | "other";
                limit?: number;
                minPosition?: number;
                /** @description the start of the id, in any case */
                q?: string;
                /** @description the unit, whole, in any case */
                unit?: string;
            };
            header?: {
                /** @description The ETag of the answer you hold: 304 with no body while it still holds */
                "If-None-Match"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricPage"];
                };
            };
            /** @description Not Modified: the answer is the one whose ETag was sent in If-None-Match */
            304: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the projection set the event at minPosition aside (parked): an admin sees why at /v1/projections/{name}/parked */
            500: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the projection has not reached minPosition yet (Retry-After) */
            503: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MetricsController_define: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true). */
                "Idempotency-Key"?: string;
                /** @description Ties this write to others (an import, a batch): kept on the events written; the request id when not sent */
                "X-Correlation-Id"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DefineMetric"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description Where the resource reads. */
                    Location?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricWritten"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description Where the resource reads. */
                    Location?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricWritten"];
                };
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the id is taken by a different metric */
            409: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a body over 65536 bytes */
            413: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is well formed but the domain refuses it (the field at fault is named) */
            422: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MetricsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the answer you hold: 304 with no body while it still holds */
                "If-None-Match"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Metric"];
                };
            };
            /** @description Not Modified: the answer is the one whose ETag was sent in If-None-Match */
            304: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such metric */
            404: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProjectionsController_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the answer you hold: 304 with no body while it still holds */
                "If-None-Match"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectionList"];
                };
            };
            /** @description Not Modified: the answer is the one whose ETag was sent in If-None-Match */
            304: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProjectionsController_parked: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: {
                /** @description The ETag of the answer you hold: 304 with no body while it still holds */
                "If-None-Match"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParkedPage"];
                };
            };
            /** @description Not Modified: the answer is the one whose ETag was sent in If-None-Match */
            304: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such projection */
            404: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProjectionsController_retry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true). */
                "Idempotency-Key"?: string;
                /** @description Ties this write to others (an import, a batch): kept on the events written; the request id when not sent */
                "X-Correlation-Id"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParkedRetry"];
                };
            };
            /** @description Accepted: the work is asked for and not yet done */
            202: {
                headers: {
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParkedRetry"];
                };
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such projection */
            404: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReviewController_list: {
        parameters: {
            query?: {
                assignee?: string;
                cursor?: string;
                limit?: number;
                minPosition?: number;
                status?: "unstarted" | "in_progress" | "in_review" | "published";
                /** @description true: only claims corrected after their verdict (verdicts to redo); false: only claims whose verdict, if any, is current */
                verdictOutdated?: "true" | "false";
            };
            header?: {
                /** @description The ETag of the answer you hold: 304 with no body while it still holds */
                "If-None-Match"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewPage"];
                };
            };
            /** @description Not Modified: the answer is the one whose ETag was sent in If-None-Match */
            304: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the projection set the event at minPosition aside (parked): an admin sees why at /v1/projections/{name}/parked */
            500: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the projection has not reached minPosition yet (Retry-After) */
            503: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SearchController_search: {
        parameters: {
            query: {
                cursor?: string;
                /** @description kinds of hit, comma-separated: claim, source, entity, metric, comment */
                kind?: string;
                limit?: number;
                /** @description the metric id: hits without one (sources, entities) are left out */
                metric?: string;
                minPosition?: number;
                /** @description published on or after: YYYY, YYYY-MM or YYYY-MM-DD (sources, their claims and comments) */
                publishedFrom?: string;
                /** @description published on or before: YYYY, YYYY-MM or YYYY-MM-DD */
                publishedTo?: string;
                /** @description the publisher, whole, in any case: hits without one (entities, metrics) are left out */
                publisher?: string;
                /** @description words as typed into a search box: "a phrase" in quotes, -word to leave out, or; parts of names ("coalit") find entities, metrics and sources */
                q: string;
                /** @description the entity (its id or any of its names): hits without one (sources, metrics) are left out */
                subject?: string;
            };
            header?: {
                /** @description The ETag of the answer you hold: 304 with no body while it still holds */
                "If-None-Match"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchPage"];
                };
            };
            /** @description Not Modified: the answer is the one whose ETag was sent in If-None-Match */
            304: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the projection set the event at minPosition aside (parked): an admin sees why at /v1/projections/{name}/parked */
            500: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the projection has not reached minPosition yet (Retry-After) */
            503: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SourcesController_list: {
        parameters: {
            query?: {
                cursor?: string;
                kind?: "news_article" | "press_release" | "official_statement" | "statistical_release" | "other";
                limit?: number;
                minPosition?: number;
                /** @description published on or after: YYYY, YYYY-MM or YYYY-MM-DD (2015 = from 2015-01-01) */
                publishedFrom?: string;
                /** @description published on or before: YYYY, YYYY-MM or YYYY-MM-DD (2016 = up to 2016-12-31) */
                publishedTo?: string;
                /** @description the publisher, whole, in any case */
                publisher?: string;
                /** @description words anywhere in the title or the publisher, in any case */
                q?: string;
            };
            header?: {
                /** @description The ETag of the answer you hold: 304 with no body while it still holds */
                "If-None-Match"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourcePage"];
                };
            };
            /** @description Not Modified: the answer is the one whose ETag was sent in If-None-Match */
            304: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the projection set the event at minPosition aside (parked): an admin sees why at /v1/projections/{name}/parked */
            500: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the projection has not reached minPosition yet (Retry-After) */
            503: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SourcesController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true). */
                "Idempotency-Key"?: string;
                /** @description Ties this write to others (an import, a batch): kept on the events written; the request id when not sent */
                "X-Correlation-Id"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterSource"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description Where the resource reads. */
                    Location?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceWritten"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description Where the resource reads. */
                    Location?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceWritten"];
                };
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the id is taken by a different source */
            409: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a body over 65536 bytes */
            413: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is well formed but the domain refuses it (the field at fault is named) */
            422: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SourcesController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the answer you hold: 304 with no body while it still holds */
                "If-None-Match"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Source"];
                };
            };
            /** @description Not Modified: the answer is the one whose ETag was sent in If-None-Match */
            304: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such source */
            404: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SourcesController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true). */
                "Idempotency-Key"?: string;
                /** @description The version you last saw, as its ETag ("3"): the write is refused with 412 if the resource has moved on. */
                "If-Match"?: string;
                /** @description Ties this write to others (an import, a batch): kept on the events written; the request id when not sent */
                "X-Correlation-Id"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSource"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description Where the resource reads. */
                    Location?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceWritten"];
                };
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such source */
            404: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version the source has moved on from */
            412: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a body over 65536 bytes */
            413: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is well formed but the domain refuses it (the field at fault is named) */
            422: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SourcesController_candidates: {
        parameters: {
            query?: {
                /** @description the position a write returned: wait until its claim shows as recorded */
                minPosition?: number;
            };
            header?: {
                /** @description The ETag of the answer you hold: 304 with no body while it still holds */
                "If-None-Match"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FigureCandidateList"];
                };
            };
            /** @description Not Modified: the answer is the one whose ETag was sent in If-None-Match */
            304: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such source */
            404: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the projection set the event at minPosition aside (parked): an admin sees why at /v1/projections/{name}/parked */
            500: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the projection has not reached minPosition yet (Retry-After) */
            503: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhooksController_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the answer you hold: 304 with no body while it still holds */
                "If-None-Match"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookList"];
                };
            };
            /** @description Not Modified: the answer is the one whose ETag was sent in If-None-Match */
            304: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhooksController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true). */
                "Idempotency-Key"?: string;
                /** @description Ties this write to others (an import, a batch): kept on the events written; the request id when not sent */
                "X-Correlation-Id"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhook"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCreated"];
                };
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description a body over 65536 bytes */
            413: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is well formed but the domain refuses it (the field at fault is named) */
            422: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhooksController_one: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the answer you hold: 304 with no body while it still holds */
                "If-None-Match"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description Not Modified: the answer is the one whose ETag was sent in If-None-Match */
            304: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no webhook with this id */
            404: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhooksController_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true). */
                "Idempotency-Key"?: string;
                /** @description Ties this write to others (an import, a batch): kept on the events written; the request id when not sent */
                "X-Correlation-Id"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no webhook with this id */
            404: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhooksController_deliveries: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: {
                /** @description The ETag of the answer you hold: 304 with no body while it still holds */
                "If-None-Match"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryPage"];
                };
            };
            /** @description Not Modified: the answer is the one whose ETag was sent in If-None-Match */
            304: {
                headers: {
                    /** @description The version of the resource, for If-Match and If-None-Match. */
                    ETag?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no webhook with this id */
            404: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhooksController_redeliver: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true). */
                "Idempotency-Key"?: string;
                /** @description Ties this write to others (an import, a batch): kept on the events written; the request id when not sent */
                "X-Correlation-Id"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
                messageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted: the work is asked for and not yet done */
            202: {
                headers: {
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Redelivery"];
                };
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no such message for this webhook */
            404: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhooksController_pause: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true). */
                "Idempotency-Key"?: string;
                /** @description Ties this write to others (an import, a batch): kept on the events written; the request id when not sent */
                "X-Correlation-Id"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no webhook with this id */
            404: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhooksController_resume: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true). */
                "Idempotency-Key"?: string;
                /** @description Ties this write to others (an import, a batch): kept on the events written; the request id when not sent */
                "X-Correlation-Id"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no webhook with this id */
            404: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhooksController_rotate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry: a retry with the same key and body gets the first answer again (Idempotent-Replayed: true). */
                "Idempotency-Key"?: string;
                /** @description Ties this write to others (an import, a batch): kept on the events written; the request id when not sent */
                "X-Correlation-Id"?: string;
                /** @description A trace id of yours (8 to 128 of A-Z a-z 0-9 . _ : -), else one is made; answered in X-Request-Id and kept on the events written */
                "X-Request-Id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description true when this is the stored answer to an earlier request with the same Idempotency-Key. */
                    "Idempotent-Replayed"?: "true";
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSecret"];
                };
            };
            /** @description a query parameter, header or body that does not fit; errors names each one */
            400: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no API key, or one that is unknown or revoked */
            401: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the key's role does not allow this */
            403: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description no webhook with this id */
            404: {
                headers: {
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description over the rate limit; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: string;
                    /** @description The id of this request, in logs and on the events it wrote */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
