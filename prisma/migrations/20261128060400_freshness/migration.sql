-- Freshness: consumer teams opting in to a port's freshness incidents, and the index the
-- retention job deletes by.

-- A consumer team hears about the incidents of a port it subscribes to when it opts in; the
-- opt-in belongs to the subscription, so it ends with it.
CREATE TABLE "freshness_alert_opt_ins" (
    "subscription_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "freshness_alert_opt_ins_pkey" PRIMARY KEY ("subscription_id"),
    CONSTRAINT "freshness_alert_opt_ins_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "subscriptions"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Retention deletes runs that ended long ago; open runs (ended_at NULL) are never candidates.
CREATE INDEX "freshness_results_ended_at_idx" ON "freshness_results" ("ended_at") WHERE "ended_at" IS NOT NULL;
