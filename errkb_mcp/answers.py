"""`lookup`, `explain` and `search_records`: an error message, a record id or a few words ->
a record, with how sure the answer is."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import errkb

from .limits import (
    FUZZY_ANSWER_MIN,
    SEARCH_MIN,
    BadInput,
    check_count,
    check_text,
    record_uri,
    shorten,
)
from .models import (
    Answer,
    Candidate,
    EnvironmentInput,
    ExplainResult,
    FixedRelease,
    LookupResult,
    Reference,
    Related,
    SearchHit,
    SearchResult,
)

if TYPE_CHECKING:
    from .service import Service

__all__ = ["explain", "lookup", "search_records"]


def lookup(
    service: Service, text: str, environment: EnvironmentInput | None = None
) -> LookupResult:
    """The best match for an error message, or 'not recognised'."""
    limits = service.limits
    check_text(
        text,
        limits.max_lookup_chars,
        hint="lookup takes an error message; use diagnose for a whole log.",
    )
    matches = service.kb.search(text, limit=1 + limits.alternatives)
    answers = [m for m in matches if m.kind == "regex" or m.score >= FUZZY_ANSWER_MIN]
    rejected = len(matches) - len(answers)
    env, used = service.environment(environment)
    cut: set[str] = set()
    if not answers:
        weak = f" ({rejected} weak similar-wording candidate(s) rejected)" if rejected else ""
        return LookupResult(
            recognised=False,
            summary=(
                f"not recognised: no known error matches this text{weak}. errkb has no "
                "record for it, so it says nothing about its cause."
            ),
            weak_matches_rejected=rejected,
            environment=used,
        )
    best = answers[0]
    record = best.record
    excerpt = best.text.strip("\n")
    if len(excerpt) > limits.excerpt_chars:
        cut.add(f"excerpt: the first {limits.excerpt_chars} characters of the match")
    if len(record.root_cause) > limits.text_chars:
        cut.add(f"root_cause: the first {limits.text_chars} characters (explain has it all)")
    answer = Answer(
        record_id=record.id,
        signature=shorten(record.signature, limits.title_chars),
        summary=shorten(record.short_cause, limits.text_chars),
        root_cause=shorten(" ".join(record.root_cause.split()), limits.text_chars),
        severity=record.severity,
        score=round(best.score, 4),
        match_kind=best.kind,
        certainty=service.certainty(best.kind, best.score, record),
        line=best.line,
        column=best.column,
        excerpt=shorten(excerpt, limits.excerpt_chars),
        captures=service.captures(best.groups),
        fixes=service.fixes(best.fixes(env), cut),
        dead_ends=service.dead_ends(record),
        documentation=record.documentation_url,
        resource=record_uri(record.id),
    )
    alternatives = [
        Candidate(
            record_id=m.record.id,
            signature=shorten(m.record.signature, limits.title_chars),
            score=round(m.score, 4),
            match_kind=m.kind,
        )
        for m in answers[1:]
    ]
    kind = "pattern match" if best.kind == "regex" else "similar wording only"
    return LookupResult(
        recognised=True,
        summary=f"{record.id}: {record.signature} ({kind}, score {best.score:.2f})",
        best=answer,
        alternatives=alternatives,
        weak_matches_rejected=rejected,
        environment=used,
        truncated=sorted(cut),
    )


def explain(
    service: Service, record_id: str, environment: EnvironmentInput | None = None
) -> ExplainResult:
    """A record in full, its fixes rendered for the environment."""
    limits = service.limits
    record = service.record(record_id)
    env, used = service.environment(environment)
    cut: set[str] = set()
    # match_to_dict renders the fixes in ranked order; `how` comes from the same ranking.
    rendered = [
        errkb.RenderedFix(
            action=data["action"],
            success_rate=data["success_rate"],
            how=workaround.how if workaround.how != workaround.action else "",
            commands=data["commands"],
            notes=data["notes"],
        )
        for data, workaround in zip(
            errkb.match_to_dict(record, env=env)["fixes"],
            record.ranked_workarounds,
            strict=False,
        )
    ]
    if len(record.root_cause) > limits.text_chars:
        cut.add(f"root_cause: the first {limits.text_chars} characters (the resource has it all)")
    if len(record.examples) > limits.examples:
        cut.add(f"examples: {limits.examples} of {len(record.examples)}")
    graph = record.transition_graph

    def ids(items: list[Any]) -> list[str]:
        return [str(item) for item in items if isinstance(item, str)][:20]

    return ExplainResult(
        record_id=record.id,
        signature=shorten(record.signature, limits.title_chars),
        summary=shorten(record.short_cause, limits.text_chars),
        root_cause=shorten(" ".join(record.root_cause.split()), limits.text_chars),
        severity=record.severity,
        domain=record.domain,
        tags=list(record.tags[:30]),
        confidence=record.confidence,
        verification=(
            record.verification.method
            if record.verification is not None
            else record.verification_tier or "unverified"
        ),
        fixes=service.fixes(rendered, cut),
        dead_ends=service.dead_ends(record),
        fixed_releases=[
            FixedRelease(
                package=r.package, ecosystem=r.ecosystem, version=r.version, change=r.change
            )
            for r in record.fixed_releases[:10]
        ],
        references=[
            Reference(url=r.url, title=shorten(r.title, limits.title_chars), kind=r.kind)
            for r in record.references[:10]
        ],
        documentation=record.documentation_url,
        examples=[shorten(e.text.strip("\n"), limits.excerpt_chars) for e in record.examples][
            : limits.examples
        ],
        related=Related(
            leads_to=ids(graph.leads_to),
            preceded_by=ids(graph.preceded_by),
            frequently_confused_with=ids(graph.frequently_confused_with),
        ),
        environment=used,
        resource=record_uri(record.id),
        truncated=sorted(cut),
    )


def search_records(service: Service, query: str, limit: int | None = None) -> SearchResult:
    """Records whose id, signature, aliases, tags or summary resemble `query`."""
    limits = service.limits
    wanted = check_count(
        limits.default_hits if limit is None else limit, 1, limits.max_hits, "limit"
    )
    if not query.strip():
        raise BadInput("query is empty: name the error, the tool or the symptom")
    if len(query) > limits.max_query_chars:
        raise BadInput(
            f"query is {len(query):,} characters; the limit is {limits.max_query_chars}. "
            "Search with a few words; to recognise error output, use lookup or diagnose."
        )
    found = [m for m in service.search_index.search(query) if m.score >= SEARCH_MIN]
    cut = []
    if len(found) > wanted:
        cut.append(f"hits: {wanted} of {len(found)}; raise limit for more")
    hits = []
    for match in found[:wanted]:
        record = service.kb.records[match.record_id]
        hits.append(
            SearchHit(
                record_id=record.id,
                signature=shorten(record.signature, limits.title_chars),
                summary=shorten(record.short_cause, limits.text_chars),
                tags=list(record.tags[:20]),
                score=match.score,
                matched_field=match.field,
            )
        )
    summary = (
        f"{len(found)} record(s) resemble the query; best: {hits[0].record_id}"
        if hits
        else "no record resembles the query"
    )
    return SearchResult(
        found=bool(hits),
        summary=summary,
        query=query,
        hits=hits,
        hits_total=len(found),
        truncated=cut,
    )
