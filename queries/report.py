"""``scrutiny report NAME``: a self-contained HTML dossier on one party.

Profile, timeline chart, a picture of its network (parties as nodes coloured by
kind, events as edges labelled by action), events with sources, and every
article and sentence behind them. One file: inline CSS, inline SVG, a small
inline script; nothing is loaded from the network.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from html import escape

from . import charts, runner
from .timeline import TimelineEvent, group_events
from .weekly import html_page

MAX_COUNTERPARTS = 30


def aliases(value) -> list[str]:
    """Aliases as a list (Cypher gives a list, SPARQL a "; "-joined string)."""
    if not value:
        return []
    if isinstance(value, str):
        return sorted(a for a in value.split("; ") if a)
    return sorted(value)


@dataclass
class Dossier:
    profile: dict
    events: list[TimelineEvent]
    counterparts: list[dict]
    nodes: dict[str, dict]
    edges: list[dict]
    sentences: dict[str, list[dict]] = field(default_factory=dict)


def profile(engine_name: str, engine, entity_id: str) -> dict:
    rows = runner.run(runner.load("entity_profile"), engine_name, engine, {"entity": entity_id}).records()
    if not rows:
        raise KeyError(f"no party {entity_id!r}")
    p = dict(rows[0])
    p["aliases"] = aliases(p.get("aliases"))
    return p


def collect(engine_name: str, engine, entity_id: str, with_sentences: bool = True) -> Dossier:
    prof = profile(engine_name, engine, entity_id)
    events = group_events(runner.run(runner.load("timeline_of"), engine_name, engine, {"entity": entity_id}))
    counterparts = runner.run(runner.load("counterparts"), engine_name, engine, {"entity": entity_id}).records()
    keep = {entity_id} | {c["id"] for c in counterparts[:MAX_COUNTERPARTS]}
    nodes: dict[str, dict] = {entity_id: {"name": prof["name"], "kind": prof["kind"]}}
    counted: Counter = Counter()
    for r in runner.run(runner.load("event_edges"), engine_name, engine).records():
        if r["actor_id"] in keep and r["target_id"] in keep:
            nodes.setdefault(r["actor_id"], {"name": r["actor"], "kind": r["actor_kind"]})
            nodes.setdefault(r["target_id"], {"name": r["target"], "kind": r["target_kind"]})
            counted[(r["actor_id"], r["target_id"], r["action"])] += 1
    edges = [{"actor_id": a, "target_id": t, "action": act, "count": n} for (a, t, act), n in sorted(counted.items())]
    sentences = {}
    if with_sentences:
        query = runner.load("event_sources")
        for ev in events:
            sentences[ev.event] = runner.run(query, engine_name, engine, {"event_id": ev.event}).records()
    return Dossier(prof, events, counterparts, nodes, edges, sentences)


def _money(ev: TimelineEvent) -> str:
    return f"{ev.currency} {ev.amount:,.0f}" if ev.amount is not None and ev.currency else ""


def to_html(d: Dossier) -> str:
    p = d.profile
    name = p["name"]
    by = sum(1 for e in d.events if e.actor == name)
    against = sum(1 for e in d.events if e.target == name)
    facts = [("kind", p.get("kind")), ("country", p.get("country")), ("part of", p.get("parent")),
             ("aliases", ", ".join(p["aliases"])), ("id", p.get("id"))]
    rows = "".join(f"<tr><th>{escape(k)}</th><td>{escape(str(v))}</td></tr>" for k, v in facts if v)
    if p.get("wikidata"):
        rows += (f'<tr><th>Wikidata</th><td><a href="https://www.wikidata.org/wiki/{escape(p["wikidata"])}">'
                 f'{escape(p["wikidata"])}</a></td></tr>')
    parts = [f"<h1>{escape(name)}</h1>",
             f'<p class="meta">Dossier: {len(d.events)} events ({by} by, {against} against), '
             f'{len(d.counterparts)} counterparts, '
             f'{len({s["url"] for e in d.events for s in e.sources})} articles.</p>',
             f'<section id="profile"><h2>Profile</h2><table>{rows}</table></section>',
             '<section id="timeline"><h2>Timeline</h2>',
             charts.timeline_svg([{"date": e.date, "action": e.action,
                                   "label": f"{e.actor or '?'} -> {e.action} -> {e.target or '-'}"} for e in d.events]),
             f'<p>{charts.legend_html([e.action for e in d.events])}</p></section>',
             '<section id="network"><h2>Network</h2>',
             charts.network_svg(p["id"], d.nodes, d.edges), "</section>"]
    if d.counterparts:
        parts.append("<section id=\"counterparts\"><h2>Counterparts</h2><table><tr><th>party</th><th>events</th>"
                     "<th>first</th><th>last</th></tr>" + "".join(
                         f"<tr><td>{escape(c['counterpart'])}</td><td>{c['events']}</td>"
                         f"<td>{escape(str(c['first'] or ''))}</td><td>{escape(str(c['last'] or ''))}</td></tr>"
                         for c in d.counterparts) + "</table></section>")
    parts.append('<section id="events"><h2>Events</h2>')
    for e in d.events:
        links = "".join(f'<a href="{escape(s["url"])}" rel="noopener">{escape(s["outlet"] or "source")}</a>'
                        for s in e.sources)
        money = f" <b>{escape(_money(e))}</b>" if _money(e) else ""
        parts.append(f'<div class="ev" data-action="{escape(e.action)}" '
                     f'style="border-color:{charts.action_colour(e.action)}"><span class="meta">'
                     f'{escape(e.date or "undated")}</span> <span class="act">{escape(e.actor or "?")} → '
                     f'{escape(e.action)} → {escape(e.target or "-")}</span>{money}'
                     f'<div class="sum">{escape(e.summary or "")}</div><div class="src">{links}</div></div>')
    parts.append("</section>")
    articles: dict[str, dict] = {}
    for e in d.events:
        for s in d.sentences.get(e.event) or [{"url": s["url"], "outlet": s["outlet"]} for s in e.sources]:
            a = articles.setdefault(s["url"], {"outlet": s.get("outlet"), "published": s.get("published"),
                                               "sentences": []})
            if s.get("sentence") and s["sentence"] not in a["sentences"]:
                a["sentences"].append(s["sentence"])
    parts.append('<section id="sources"><h2>Sources</h2><ol>')
    for url, a in sorted(articles.items(), key=lambda kv: (str(kv[1]["published"] or ""), kv[0])):
        quotes = "".join(f"<blockquote>{escape(q)}</blockquote>" for q in a["sentences"])
        parts.append(f'<li><a href="{escape(url)}" rel="noopener">{escape(a["outlet"] or url)}</a> '
                     f'<span class="meta">{escape(str(a["published"] or ""))}</span>{quotes}</li>')
    parts.append("</ol></section>")
    return html_page(f"scrutiny dossier: {name}", "\n".join(parts))
