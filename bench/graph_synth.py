"""Synthetic knowledge graphs for the graph benchmarks (not run by the tests).

    python bench/graph_synth.py --entities 100000 --events 1000000 --articles 500000 --out /tmp/synth-1m

writes, into --out:

* ``csv/``: one CSV file per LadybugDB table (node and relationship tables of
  graph/stores/cypher.py), for ``COPY ... FROM``;
* ``graph.nt``: the RDF projection as N-Triples (the same triples as
  graph/stores/rdf.py ``triples()``, ontology and kept counts included; ``--check``
  proves it on a small graph), for Oxigraph's bulk loader and rdflib's parser;
* ``params.json``: parameter samples for every named query;
* ``meta.json``: counts and timings.

The graph: parties with kinds (2 % courts), a tenth of them part of one of the
first thousand; events between skewed random parties (a few parties are in
thousands of events, most in a handful), dated uniformly over 2000-2024, with
1 to 3 article sources each (2 on average); 2 % of events start a dispute
chain (fine -> appeal -> court ruling -> appeal -> ruling) linked by FOLLOWS,
with a current status on the original event. Deterministic for a given --seed.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scrutiny.graph import vocab  # noqa: E402
from scrutiny.graph.ids import source_id  # noqa: E402
from scrutiny.graph.model import Article, Entity, Event, Follows, KnowledgeGraph, Source  # noqa: E402
from scrutiny.graph.stores import rdf as R  # noqa: E402
from scrutiny.graph.stores.rows import STATS  # noqa: E402

KINDS = ["company"] * 40 + ["platform"] * 10 + ["regulator"] * 12 + ["government"] * 14 + ["police"] * 8 + \
        ["advocacy"] * 8 + ["person"] * 4 + ["product"] * 2 + ["court"] * 2
START = dt.date(2000, 1, 1).toordinal()
DAYS = dt.date(2024, 12, 31).toordinal() - START + 1
EXTRACTOR = "synthetic-1"

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


# -- the graph --------------------------------------------------------------------------------
class Synth:
    def __init__(self, entities: int, events: int, articles: int, seed: int = 1):
        self.n_entities, self.n_events, self.n_articles = entities, events, articles
        self.rand = random.Random(seed)
        self.actions = list(vocab.actions())
        self.entities: list[Entity] = []
        r = self.rand
        head = max(10, min(1000, entities // 100))  # the parents: the first thousand parties
        for i in range(entities):
            kind = KINDS[r.randrange(len(KINDS))]
            parent = f"e{r.randrange(head)}" if i >= head and r.random() < 0.1 else None
            self.entities.append(Entity(id=f"e{i}", name=f"Party {i}", kind=kind,
                                        country=("US", "GB", "FR", "DE", "IT")[i % 5],
                                        wikidata=f"Q{1000 + i}" if i % 7 == 0 else None,
                                        aliases=(f"P{i}",) if i % 3 == 0 else (), parent=parent))
        self.courts = [e.id for e in self.entities if e.kind == "court"] or ["e0"]
        self.articles = [Article(url=f"https://outlet{i % 300}.example/news/{i}.html", title=f"Story {i}",
                                 outlet=f"Outlet {i % 300}",
                                 published=dt.date.fromordinal(START + r.randrange(DAYS)).isoformat(),
                                 language="en") for i in range(articles)]

    def party(self) -> str:
        return f"e{int(self.n_entities * self.rand.random() ** 2)}"

    def chunks(self, size: int = 50_000):
        """Events with sources and FOLLOWS edges, ``size`` events at a time."""
        r = self.rand
        made = 0
        while made < self.n_events:
            events: list[Event] = []
            follows: list[Follows] = []
            while len(events) < size and made + len(events) < self.n_events:
                remaining = self.n_events - made - len(events)
                if remaining >= 5 and r.random() < 0.02:
                    events_, follows_ = self._chain(made + len(events))
                    if len(events_) <= remaining:
                        events.extend(events_)
                        follows.extend(follows_)
                        continue
                events.append(self._event(made + len(events), self.actions[r.randrange(len(self.actions))],
                                          self.party(), self.party(), START + r.randrange(DAYS)))
            made += len(events)
            yield events, follows

    def _event(self, n: int, action: str, actor: str | None, target: str | None, day: int,
               status: str | None = None, dispute: str | None = None) -> Event:
        r = self.rand
        if actor == target:
            target = None if action in ("withdrawal",) else f"e{(int(target[1:]) + 1) % self.n_entities}"
        amount = currency = None
        if action in ("fine", "settlement"):
            amount, currency = float(r.randrange(1, 5000) * 10_000), ("EUR", "USD", "GBP")[r.randrange(3)]
        date = dt.date.fromordinal(day).isoformat()
        ev = Event(id=f"ev-{n:016x}", action=action, actor=actor, target=target, date=date,
                   date_precision="day", status="reported", amount=amount, currency=currency, law=(),
                   summary=vocab.summary(action, f"Party {actor[1:]}" if actor else None,
                                         f"Party {target[1:]}" if target else None, amount, currency),
                   confidence=round(0.5 + r.random() / 2, 3), dispute=dispute, current_status=status)
        k = 1 if r.random() < 0.3 else (2 if r.random() < 4 / 7 else 3)  # 1, 2, 3 sources: 30/40/30 %
        for _ in range(k):
            article = self.articles[r.randrange(self.n_articles)]
            start = r.randrange(5000)
            sentence = f"{ev.summary} on {date}."
            ev.sources.append(Source(article.url, sentence, start, start + len(sentence), EXTRACTOR))
        if action in ("lawsuit", "complaint", "appeal") and status is None and dispute is None:
            ev.dispute, ev.current_status = ev.id, "pending"
        return ev

    def _chain(self, n: int) -> tuple[list[Event], list[Follows]]:
        """fine -> appeal -> ruling (-> appeal -> ruling): the original carries the outcome."""
        r = self.rand
        regulator, company = self.party(), self.party()
        if regulator == company:
            company = f"e{(int(company[1:]) + 1) % self.n_entities}"
        day = START + r.randrange(DAYS - 2000)
        root = f"ev-{n:016x}"
        steps = [("fine", regulator, company)]
        steps.append(("appeal", company, regulator))
        loser = company if r.random() < 0.5 else regulator
        steps.append(("ruling", self.courts[r.randrange(len(self.courts))], loser))
        if r.random() < 0.6:
            winner = regulator if loser == company else company
            steps.append(("appeal", loser, winner))
            steps.append(("ruling", self.courts[r.randrange(len(self.courts))],
                          company if r.random() < 0.5 else regulator))
        final = steps[-1]
        if final[0] == "appeal":
            status = "pending"
        else:
            status = "upheld" if final[2] == company else "overturned"
        events, follows = [], []
        for i, (action, actor, target) in enumerate(steps):
            day += r.randrange(30, 300)
            events.append(self._event(n + i, action, actor, target, day,
                                      status=status if i == 0 else None, dispute=root))
            if i:
                follows.append(Follows(events[i].id, events[i - 1].id))
        return events, follows


# -- N-Triples (the same triples as graph/stores/rdf.py) ----------------------------------------
def _lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'


def _typed(value: str, datatype: str) -> str:
    return f'"{value}"^^<{XSD}{datatype}>'


def _double(x: float) -> str:
    return _typed(repr(float(x)), "double")  # rdflib writes doubles as Python's repr


def _iri(uri) -> str:
    return f"<{uri}>"


class NTWriter:
    def __init__(self, handle):
        self.out = handle
        S = R.SCR
        self.p = {name: _iri(S[name]) for name in ("id", "kind", "country", "wikidata", "partOf", "outlet", "action",
                                                   "status", "actor", "target", "datePrecision", "amount",
                                                   "currency", "law", "confidence", "dispute", "currentStatus",
                                                   "source", "article", "sentence", "start", "end", "extractor",
                                                   "follows", "Source")}
        self.schema = {name: _iri(R.SCHEMA[name]) for name in ("name", "alternateName", "url", "headline",
                                                               "datePublished", "inLanguage", "description",
                                                               "NewsArticle", "Person", "GovernmentOrganization",
                                                               "Product", "Organization")}
        self.kind_class = {k: _iri(v) for k, v in R.KIND_CLASS.items()}
        self.sem_event, self.has_actor = _iri(R.SEM.Event), _iri(R.SEM.hasActor)
        self.event_type, self.timestamp = _iri(R.SEM.eventType), _iri(R.SEM.hasTimeStamp)
        self.same_as = "<http://www.w3.org/2002/07/owl#sameAs>"
        self.derived = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
        self.count = 0
        self.kept = Kept()

    def w(self, s: str, p: str, o: str) -> None:
        self.out.write(f"{s} {p} {o} .\n")
        self.count += 1

    def ontology(self) -> None:
        for s, p, o in R.ontology():
            self.w(s.n3(), p.n3(), o.n3())

    def entity(self, e: Entity, known: set[str]) -> None:
        self.kept.entity(e)
        n, p, w = _iri(R.entity_uri(e.id)), self.p, self.w
        w(n, RDF_TYPE, self.kind_class.get(e.kind, self.schema["Organization"]))
        w(n, p["id"], _lit(e.id))
        w(n, self.schema["name"], _lit(e.name))
        w(n, p["kind"], _lit(e.kind))
        for a in e.aliases:
            w(n, self.schema["alternateName"], _lit(a))
        if e.country:
            w(n, p["country"], _lit(e.country))
        if e.wikidata:
            w(n, self.same_as, _iri(R.WD[e.wikidata]))
            w(n, p["wikidata"], _lit(e.wikidata))
        if e.parent and e.parent in known:
            w(n, p["partOf"], _iri(R.entity_uri(e.parent)))

    def article(self, a: Article) -> None:
        n, p, w, s = _iri(R.article_uri(a.url)), self.p, self.w, self.schema
        w(n, RDF_TYPE, s["NewsArticle"])
        w(n, s["url"], _lit(a.url))
        if a.title:
            w(n, s["headline"], _lit(a.title))
        if a.outlet:
            w(n, p["outlet"], _lit(a.outlet))
        if a.published:
            w(n, s["datePublished"], _typed(a.published, "date"))
        if a.language:
            w(n, s["inLanguage"], _lit(a.language))

    def event(self, ev: Event) -> None:
        self.kept.event(ev)
        n, p, w = _iri(R.event_uri(ev.id)), self.p, self.w
        act = _iri(R.ACTION[ev.action])
        w(n, RDF_TYPE, self.sem_event)
        w(n, p["id"], _lit(ev.id))
        w(n, p["action"], act)
        w(n, self.event_type, act)
        w(n, p["status"], _lit(ev.status))
        if ev.actor:
            w(n, self.has_actor, _iri(R.entity_uri(ev.actor)))
            w(n, p["actor"], _iri(R.entity_uri(ev.actor)))
        if ev.target:
            w(n, self.has_actor, _iri(R.entity_uri(ev.target)))
            w(n, p["target"], _iri(R.entity_uri(ev.target)))
        if ev.date:
            w(n, self.timestamp, _typed(ev.date, "date"))
        if ev.date_precision:
            w(n, p["datePrecision"], _lit(ev.date_precision))
        if ev.amount is not None:
            w(n, p["amount"], _double(ev.amount))
        if ev.currency:
            w(n, p["currency"], _lit(ev.currency))
        for law in ev.law:
            w(n, p["law"], _lit(law))
        if ev.summary:
            w(n, self.schema["description"], _lit(ev.summary))
        w(n, p["confidence"], _double(ev.confidence))
        if ev.dispute:
            w(n, p["dispute"], _iri(R.event_uri(ev.dispute)))
        if ev.current_status:
            w(n, p["currentStatus"], _lit(ev.current_status))
        for s in ev.sources:
            src = _iri(R.SOURCE[source_id(ev.id, s.article_url, s.start)])
            art = _iri(R.article_uri(s.article_url))
            w(n, self.derived, art)
            w(n, p["source"], src)
            w(src, RDF_TYPE, p["Source"])
            w(src, p["article"], art)
            w(src, p["sentence"], _lit(s.sentence))
            w(src, p["start"], _typed(str(s.start), "integer"))
            w(src, p["end"], _typed(str(s.end), "integer"))
            w(src, p["extractor"], _lit(s.extractor))

    def follows(self, f: Follows) -> None:
        self.w(_iri(R.event_uri(f.later)), self.p["follows"], _iri(R.event_uri(f.earlier)))

    def close(self) -> None:
        """The kept counts (graph/stores/rdf.py ``kept_triples``), after the last event."""
        w = self.w
        terms = {key: (_iri(prop), str(datatype)) for key, (prop, datatype) in R.STAT_TERMS.items()}
        for e, stats in self.kept.stats():
            n = _iri(R.entity_uri(e.id))
            for key, (prop, datatype) in terms.items():
                if stats[key] is not None:
                    w(n, prop, f'"{stats[key]}"^^<{datatype}>')
        country, currency, count, total = (_iri(t) for t in R.FINE_TOTAL_TERMS)
        for t in self.kept.totals():
            n = _iri(R.fine_total_uri(t["country"], t["currency"]))
            w(n, RDF_TYPE, _iri(R.SCR.FineTotal))
            w(n, country, _lit(t["country"]))
            w(n, currency, _lit(t["currency"]))
            w(n, count, _typed(str(t["fines"]), "integer"))
            w(n, total, _double(t["total"]))


# -- the whole-graph counts kept with the graph (graph/stores/rows.py), one event at a time ------------
class Kept:
    """The counts of graph/stores/rows.py ``entity_stats`` and ``fine_totals``, counted as events are
    written (parties first): both writers write them after the last event (:meth:`stats`, :meth:`totals`)."""

    def __init__(self):
        self.entities: list[Entity] = []
        self.country: dict[str, str | None] = {}
        self.first: dict[str, str] = {}
        self.dated: dict[str, int] = defaultdict(int)
        self.targeted: dict[str, int] = defaultdict(int)
        self.actors_of: dict[str, set] = defaultdict(set)
        self.tfirst: dict[str, str] = {}
        self.tlast: dict[str, str] = {}
        self.fines: dict[tuple, list] = {}

    def entity(self, e: Entity) -> None:
        self.entities.append(e)
        self.country[e.id] = e.country

    def event(self, ev: Event) -> None:
        date = ev.date or None
        if date:
            for x in {ev.actor, ev.target} - {None}:
                self.dated[x] += 1
                if x not in self.first or date < self.first[x]:
                    self.first[x] = date
        if ev.actor and ev.target:
            t = ev.target
            self.targeted[t] += 1
            self.actors_of[t].add(ev.actor)
            if date:
                if t not in self.tfirst or date < self.tfirst[t]:
                    self.tfirst[t] = date
                if t not in self.tlast or date > self.tlast[t]:
                    self.tlast[t] = date
        if ev.action == "fine" and ev.amount is not None and ev.currency and self.country.get(ev.actor):
            f = self.fines.setdefault((self.country[ev.actor], ev.currency), [0, 0.0])
            f[0] += 1
            f[1] += float(ev.amount)

    def stats(self):
        """(party, its statistics as in rows.entity_stats), parties in the order they came."""
        names = {e.id: e.name for e in self.entities}
        ranked = sorted(self.targeted, key=lambda x: (-self.targeted[x], names[x], x))
        rank = {x: n for n, x in enumerate(ranked, 1)}
        for e in self.entities:
            x = e.id
            yield e, {"first_seen": self.first.get(x), "dated_events": self.dated.get(x, 0),
                      "targeted": self.targeted.get(x, 0), "targeted_by": len(self.actors_of.get(x, ())),
                      "first_targeted": self.tfirst.get(x), "last_targeted": self.tlast.get(x),
                      "targeted_rank": rank.get(x)}

    def totals(self) -> list[dict]:
        """The rows of rows.fine_totals."""
        return [{"key": f"{country}|{currency}", "country": country, "currency": currency, "fines": n,
                 "total": total} for (country, currency), (n, total) in sorted(self.fines.items())]


# -- CSV for LadybugDB COPY ------------------------------------------------------------------------
def _list(values) -> str:
    return "[" + ",".join(str(v).replace(",", " ") for v in values) + "]"


def _none(x):
    return "" if x is None else x


def _party_name(entity_id: str | None) -> str:
    return f"Party {entity_id[1:]}" if entity_id else ""


class CSVWriter:
    """The LadybugDB tables as CSV. Entities are written last (:meth:`close`): they carry counts over all
    events (graph/stores/rows.py ``entity_stats``), as do the ``FineTotal`` rows (``fine_totals``)."""
    NODE = ("Entity", "Event", "Article", "Day", "FineTotal")
    REL = ("ACTOR", "TARGET", "REPORTED_IN", "PART_OF", "FOLLOWS", "ON_DAY")

    def __init__(self, folder: Path):
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.days: set[str] = set()
        self.handles, self.writers = {}, {}
        names = list(self.NODE) + list(self.REL) + [vocab.edge_label(a) for a in vocab.actions()]
        for name in names:
            h = (folder / f"{name}.csv").open("w", encoding="utf-8", newline="")
            self.handles[name], self.writers[name] = h, csv.writer(h)
        header = {"Entity": ["id", "name", "kind", "country", "wikidata", "aliases", "first_seen", "dated_events",
                             "targeted", "targeted_by", "first_targeted", "last_targeted", "targeted_rank"],
                  "Event": ["id", "action", "date", "date_precision", "status", "amount", "currency", "law",
                            "summary", "confidence", "dispute", "current_status", "actor_name", "target_name",
                            "actor_id", "target_id", "dispute_status"],
                  "FineTotal": ["key", "country", "currency", "fines", "total"],
                  "Article": ["url", "title", "outlet", "published", "language"],
                  "ACTOR": ["from", "to"], "TARGET": ["from", "to"],
                  "REPORTED_IN": ["from", "to", "sentence", "start", "end", "extractor"],
                  "PART_OF": ["from", "to"], "FOLLOWS": ["from", "to"], "Day": ["date"], "ON_DAY": ["from", "to"]}
        for name in names:
            self.writers[name].writerow(header.get(name, ["from", "to", "event", "date"]))
        self.kept = Kept()
        self.status: dict[str, str | None] = {}  # current status of dispute roots (written before members)

    def files(self) -> dict[str, Path]:
        """Node tables first, then relationships (the order COPY needs)."""
        return {name: self.folder / f"{name}.csv" for name in self.handles}

    def close(self) -> None:
        for day in sorted(self.days):
            self.writers["Day"].writerow([day])
        for e, st in self.kept.stats():
            self.writers["Entity"].writerow([e.id, e.name, e.kind, _none(e.country), _none(e.wikidata),
                                             _list(e.aliases), *(_none(st[k]) for k in STATS)])
        for t in self.kept.totals():
            self.writers["FineTotal"].writerow([t["key"], t["country"], t["currency"], t["fines"], t["total"]])
        for h in self.handles.values():
            h.close()

    def entity(self, e: Entity, known: set[str]) -> None:
        self.kept.entity(e)
        if e.parent and e.parent in known:
            self.writers["PART_OF"].writerow([e.id, e.parent])

    def article(self, a: Article) -> None:
        self.writers["Article"].writerow([a.url, _none(a.title), _none(a.outlet), _none(a.published),
                                          _none(a.language)])

    def event(self, ev: Event) -> None:
        self.writers["Event"].writerow([ev.id, ev.action, _none(ev.date), _none(ev.date_precision), ev.status,
                                        _none(ev.amount), _none(ev.currency), _list(ev.law), ev.summary,
                                        ev.confidence, _none(ev.dispute), _none(ev.current_status),
                                        _party_name(ev.actor), _party_name(ev.target), _none(ev.actor),
                                        _none(ev.target), _none(self._dispute_status(ev))])
        self.kept.event(ev)
        if ev.date:
            self.days.add(ev.date)
            self.writers["ON_DAY"].writerow([ev.id, ev.date])
        if ev.actor:
            self.writers["ACTOR"].writerow([ev.actor, ev.id])
        if ev.target:
            self.writers["TARGET"].writerow([ev.id, ev.target])
        if ev.actor and ev.target:
            self.writers[vocab.edge_label(ev.action)].writerow([ev.actor, ev.target, ev.id, _none(ev.date)])
        seen = set()
        for s in ev.sources:
            if (s.article_url, s.start) in seen:
                continue
            seen.add((s.article_url, s.start))
            self.writers["REPORTED_IN"].writerow([ev.id, s.article_url, s.sentence, s.start, s.end, s.extractor])

    def _dispute_status(self, ev: Event) -> str | None:
        if ev.dispute == ev.id:
            self.status[ev.id] = ev.current_status
        return self.status.get(ev.dispute) if ev.dispute else None

    def follows(self, f: Follows) -> None:
        self.writers["FOLLOWS"].writerow([f.later, f.earlier])


# -- parameters ---------------------------------------------------------------------------------------
def sample_params(synth: Synth, event_ids: list[str], chain_ids: list[str], n: int = 200, seed: int = 2,
                  pairs: list[tuple[str, str]] = ()) -> dict:
    """``n`` parameter sets for every named query in queries/: parties drawn uniformly (so most have a
    handful of events, a few thousands), events, dispute members, statuses, and date windows (a week
    for timelines, a month for disputes, a year for counts). Two-party questions get, half of the
    time, the two parties of an event (so that they have an answer), in either order."""
    from scrutiny.queries import runner

    r = random.Random(seed)
    parents = sorted({e.parent for e in synth.entities if e.parent})
    windows = {"action_counts": 365, "disputes": 31}

    def window(days: int) -> tuple[str, str]:
        start = START + r.randrange(DAYS - days)
        return dt.date.fromordinal(start).isoformat(), dt.date.fromordinal(start + days - 1).isoformat()

    def value(query: str, name: str, kind: str, since_until: tuple[str, str]):
        if kind == "date":
            return since_until[0] if name in ("since", "from", "start") else since_until[1]
        if kind in ("int", "float"):
            return 10
        if name.startswith("event"):
            pool = chain_ids if query == "dispute" else event_ids
            return pool[r.randrange(len(pool))]
        if name == "status":
            return ("pending", "upheld", "overturned")[r.randrange(3)]
        if query == "group_events":
            return parents[r.randrange(len(parents))]
        return f"e{r.randrange(synth.n_entities)}"

    out: dict[str, list[dict]] = {}
    for name in runner.names():
        query = runner.load(name)
        out[name] = []
        for _ in range(n):
            since_until = window(windows.get(name, 7))
            values = {p.name: value(name, p.name, p.type, since_until) for p in query.params}
            if {"entity", "other"} <= set(values) and pairs and r.random() < 0.5:
                a, b = pairs[r.randrange(len(pairs))]
                values["entity"], values["other"] = (a, b) if r.random() < 0.5 else (b, a)
            out[name].append(values)
    return out


def generate(entities: int, events: int, articles: int, out: Path, seed: int = 1, nt: bool = True,
             csv_: bool = True, keep: bool = False) -> tuple[dict, KnowledgeGraph | None]:
    t0 = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    synth = Synth(entities, events, articles, seed)
    known = {e.id for e in synth.entities}
    csvw = CSVWriter(out / "csv") if csv_ else None
    nt_handle = (out / "graph.nt").open("w", encoding="utf-8") if nt else None
    ntw = NTWriter(nt_handle) if nt else None
    kg = KnowledgeGraph() if keep else None
    if ntw:
        ntw.ontology()
    for e in synth.entities:
        if csvw:
            csvw.entity(e, known)
        if ntw:
            ntw.entity(e, known)
        if kg is not None:
            kg.entities[e.id] = e
    for a in synth.articles:
        if csvw:
            csvw.article(a)
        if ntw:
            ntw.article(a)
        if kg is not None:
            kg.articles[a.url] = a
    event_sample: list[str] = []
    chain_sample: list[str] = []
    pair_sample: list[tuple[str, str]] = []
    n_events = n_sources = n_follows = 0
    rs = random.Random(seed + 1)
    for events_, follows_ in synth.chunks():
        for ev in events_:
            n_events += 1
            n_sources += len(ev.sources)
            if csvw:
                csvw.event(ev)
            if ntw:
                ntw.event(ev)
            if kg is not None:
                kg.events[ev.id] = ev
            if rs.random() < 0.001 or len(event_sample) < 100:
                event_sample.append(ev.id)
                if ev.actor and ev.target:
                    pair_sample.append((ev.actor, ev.target))
            if ev.dispute and ev.dispute != ev.id and (rs.random() < 0.01 or len(chain_sample) < 100):
                chain_sample.append(ev.id)
        for f in follows_:
            n_follows += 1
            if csvw:
                csvw.follows(f)
            if ntw:
                ntw.follows(f)
            if kg is not None:
                kg.follows.append(f)
    if csvw:
        csvw.close()
    if ntw:
        ntw.close()
    if nt_handle:
        nt_handle.close()
    params = sample_params(synth, event_sample, chain_sample, pairs=pair_sample)
    (out / "params.json").write_text(json.dumps(params, indent=1))
    meta = {"entities": entities, "events": n_events, "articles": articles, "sources": n_sources,
            "follows": n_follows, "triples": ntw.count if ntw else None, "seed": seed,
            "seconds": round(time.perf_counter() - t0, 1)}
    (out / "meta.json").write_text(json.dumps(meta, indent=1))
    return meta, kg


def check(tmp: Path) -> None:
    """The N-Triples writer gives exactly the triples of graph/stores/rdf.py on a small graph, and the CSV
    writer the counts of graph/stores/rows.py (entity_stats, fine_totals, the events' denormalised columns)."""
    import rdflib
    from scrutiny.graph.stores import rows as RW
    _, kg = generate(300, 2000, 500, tmp, keep=True)

    def table(name: str) -> list[dict]:
        with (tmp / "csv" / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))

    def text(row: dict, keys) -> tuple:
        return tuple("" if row[k] is None else str(row[k]) for k in keys)

    stats = ("id",) + RW.STATS
    assert sorted(text(r, stats) for r in table("Entity")) == sorted(text(r, stats) for r in RW.entities(kg))
    extra = ("id", "actor_id", "target_id", "dispute_status")
    assert sorted(text(r, extra) for r in table("Event")) == sorted(text(r, extra) for r in RW.events(kg))
    totals = ("key", "fines")
    assert [text(r, totals) for r in table("FineTotal")] == [text(r, totals) for r in RW.fine_totals(kg)]
    assert [float(r["total"]) for r in table("FineTotal")] == [r["total"] for r in RW.fine_totals(kg)]
    print(f"check: {len(kg.entities)} parties' counts and {len(RW.fine_totals(kg))} fine totals as in rows.py")
    written = rdflib.Graph()
    written.parse(tmp / "graph.nt", format="nt")
    expected = rdflib.Graph()
    for t in R.triples(kg):
        expected.add(t)
    assert set(written) == set(expected), (len(set(written) ^ set(expected)), list(set(written) ^ set(expected))[:4])
    print(f"check: {len(written)} triples, identical to graph/stores/rdf.py")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--entities", type=int, default=100_000)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--articles", type=int, default=500_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--no-nt", action="store_true", help="skip the N-Triples file")
    ap.add_argument("--check", action="store_true", help="verify the N-Triples writer on a small graph first")
    args = ap.parse_args()
    if args.check:
        check(args.out / "check")
    meta, _ = generate(args.entities, args.events, args.articles, args.out, args.seed, nt=not args.no_nt)
    print(json.dumps(meta))


if __name__ == "__main__":
    main()
