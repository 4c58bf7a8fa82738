"""Weekly KPI per tenant computed by PostgreSQL from ``conversations`` and ``rubric`` (SPEC §4's definitions).

A year of a busy tenant is a few hundred thousand conversations but only a few thousand KPI rows: the SQL
function ``sb_kpi_weekly(tenant, tz)`` aggregates inside the database and a report reads only its result.
``tenant`` NULL gives every tenant at once (an agency's cross-business view; Looker Studio can call it in a
custom query). The numbers equal :func:`sheets_bridge.analysis.scoring.kpi` on the same conversations.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from ..workbook import schema
from . import sla
from .scoring import KPI_COLUMNS, SLA_SECONDS

FUNCTION = """
CREATE OR REPLACE FUNCTION sb_kpi_weekly(p_tenant text, p_tz text)
RETURNS TABLE (tenant text, period text, manager text, conversations bigint, median_first_response_s float8,
               p90_first_response_s float8, pct_unanswered float8, conversion_rate float8,
               avg_messages_to_booking float8, avg_score float8, missed_leads bigint, frt_within_5m float8,
               frt_within_15m float8, frt_within_60m float8)
LANGUAGE sql STABLE AS $fn$
WITH c AS (
    SELECT c.tenant,
           to_char(date_trunc('week', c.started_at::timestamptz AT TIME ZONE p_tz), 'YYYY-MM-DD') AS period,
           c.manager, c.first_response_s AS frt, coalesce(c.client_blocks, 0) AS blocks,
           coalesce(c.unanswered_blocks, 0) AS unanswered, coalesce(c.booked, 0) AS booked,
           c.messages_to_booking AS mtb, r.score, coalesce(c.missed_lead, 0) AS missed
    FROM conversations c
    LEFT JOIN rubric r ON r.tenant = c.tenant AND r.conversation_id = c.conversation_id
    WHERE (p_tenant IS NULL OR c.tenant = p_tenant) AND coalesce(c.started_at, '') <> ''
)
SELECT tenant, period, CASE WHEN grouping(manager) = 1 THEN 'ALL' ELSE manager END,
       count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY frt), percentile_cont(0.9) WITHIN GROUP (ORDER BY frt),
       sum(unanswered)::float8 / nullif(sum(blocks), 0), sum(booked)::float8 / count(*), avg(mtb), avg(score),
       sum(missed)::bigint,
       avg(CASE WHEN blocks > 0 THEN coalesce(frt <= 300, false)::int END),
       avg(CASE WHEN blocks > 0 THEN coalesce(frt <= 900, false)::int END),
       avg(CASE WHEN blocks > 0 THEN coalesce(frt <= 3600, false)::int END)
FROM c
GROUP BY GROUPING SETS ((tenant, period, manager), (tenant, period))
$fn$
"""
# analyze --sla's other limits: one row per (period, manager, limit), from the same conversations and grouping
SLA_FUNCTION = """
CREATE OR REPLACE FUNCTION sb_kpi_sla_weekly(p_tenant text, p_tz text, p_limits float8[])
RETURNS TABLE (tenant text, period text, manager text, limit_s float8, share float8)
LANGUAGE sql STABLE AS $fn$
WITH c AS (
    SELECT c.tenant,
           to_char(date_trunc('week', c.started_at::timestamptz AT TIME ZONE p_tz), 'YYYY-MM-DD') AS period,
           c.manager, c.first_response_s AS frt, coalesce(c.client_blocks, 0) AS blocks
    FROM conversations c
    WHERE (p_tenant IS NULL OR c.tenant = p_tenant) AND coalesce(c.started_at, '') <> ''
)
SELECT tenant, period, CASE WHEN grouping(manager) = 1 THEN 'ALL' ELSE manager END, l.limit_s,
       avg(CASE WHEN blocks > 0 THEN coalesce(frt <= l.limit_s, false)::int END)
FROM c CROSS JOIN unnest(p_limits) AS l(limit_s)
GROUP BY GROUPING SETS ((tenant, period, manager, l.limit_s), (tenant, period, l.limit_s))
$fn$
"""
FUNCTION_LOCK = 0x5B1D_0F17
ROUND = {"pct_unanswered": 4, "conversion_rate": 4, "median_first_response_s": 2, "p90_first_response_s": 2,
         "avg_messages_to_booking": 2, "avg_score": 2, **dict.fromkeys(SLA_SECONDS, 4)}


def install(db: Any) -> None:
    """Create (or update) the SQL function; safe when several processes do it at once."""
    with db.transaction():
        db.execute("SELECT pg_advisory_xact_lock(%s)", (FUNCTION_LOCK,))
        db.execute(FUNCTION)
        db.execute(SLA_FUNCTION)


def _connection(source: Any) -> Any:
    """A psycopg connection, or the one a PostgresWorkbook holds."""
    return getattr(source, "connection", source)


def weekly_kpi(source: Any, tz: str, tenant: str | None = None, *, every_tenant: bool = False,
               thresholds: Sequence[sla.Threshold] | None = None) -> pd.DataFrame:
    """The ``kpi`` tab's rows computed in SQL, rounded as ``scoring.kpi`` rounds; ``every_tenant`` adds ``tenant``.

    ``source`` is a :class:`~sheets_bridge.workbook.postgres.PostgresWorkbook` (its tenant by default) or a
    psycopg connection with ``tenant`` given. ``thresholds`` (``analyze --sla``) add their ``frt_within_<limit>``
    columns; by default those of the workbook's last ``analyze``, as its kpi tab has them.
    """
    if thresholds is None:
        thresholds = _recorded_thresholds(source)
    extra = sla.extra(thresholds)
    db = _connection(source)
    if not every_tenant:
        tenant = tenant or getattr(source, "tenant", None)
        if tenant is None:
            raise ValueError("name the tenant (or pass every_tenant=True)")
    install(db)
    cur = db.execute("SELECT * FROM sb_kpi_weekly(%s, %s)", (None if every_tenant else tenant, tz))
    frame = pd.DataFrame(cur.fetchall(), columns=[d.name for d in cur.description])
    for col in ("tenant", "period", "manager"):
        frame[col] = frame[col].astype(object)  # text as the tabs read it
    for col in KPI_COLUMNS[2:]:
        frame[col] = pd.to_numeric(frame[col], errors="coerce")
    for col, digits in ROUND.items():
        frame[col] = frame[col].astype(float).round(digits)
    for col in ("conversations", "missed_leads"):
        frame[col] = frame[col].astype(int)
    if extra:
        frame = frame.merge(_sla_columns(db, tz, None if every_tenant else tenant, extra),
                            on=["tenant", "period", "manager"], how="left")
    keys = ["tenant", "period", "manager"] if every_tenant else ["period", "manager"]
    columns = [*(["tenant"] if every_tenant else []), *KPI_COLUMNS, *(t.column for t in extra)]
    out = frame.sort_values(keys, kind="stable")[columns].reset_index(drop=True)
    return schema.coerce("kpi", out)  # the types the kpi tab reads back with (missing = NA)


def _sla_columns(db: Any, tz: str, tenant: str | None, extra: Sequence[sla.Threshold]) -> pd.DataFrame:
    """One ``frt_within_<limit>`` column per limit, keyed by tenant, period and manager."""
    cur = db.execute("SELECT * FROM sb_kpi_sla_weekly(%s, %s, %s)", (tenant, tz, [float(t.seconds) for t in extra]))
    rows = pd.DataFrame(cur.fetchall(), columns=[d.name for d in cur.description])
    names = {float(t.seconds): t.column for t in extra}
    wide = rows.assign(column=rows["limit_s"].astype(float).map(names), share=rows["share"].astype(float).round(4))
    table = wide.pivot_table(index=["tenant", "period", "manager"], columns="column", values="share",
                             aggfunc="first", dropna=False)
    table = table.reindex(columns=[t.column for t in extra]).reset_index()
    for col in ("tenant", "period", "manager"):
        table[col] = table[col].astype(object)
    return table


def _recorded_thresholds(source: Any) -> tuple[sla.Threshold, ...]:
    """The --sla limits of the last ``analyze`` of a workbook (none for a bare connection)."""
    if not hasattr(source, "read") or not hasattr(source, "tabs"):
        return ()
    from .record import last_run

    return sla.parse(last_run(source).get("sla", ""))
