"""Event consolidation: one Event per real-world event, scored on the hand-written gold set,
and the dispute lifecycle (FOLLOWS, current status)."""
import random

import pytest

from scrutiny.graph.build import ArticleRecord, GraphBuilder
from scrutiny.graph.evaluate import evaluate, load_gold, score
from scrutiny.graph.model import Article
from scrutiny.ingest.extract.gazetteer import load_gazetteer
from scrutiny.ingest.pipeline import known_entities


@pytest.fixture(scope="module")
def known():
    return known_entities(load_gazetteer())


@pytest.fixture(scope="module")
def gold_run(known):
    return evaluate(known)


def test_pairwise_precision_and_recall_on_the_gold_set(gold_run):
    result, _, gold = gold_run
    assert result.mentions == len(gold.mentions) > 150
    assert result.precision >= 0.95, result.report()
    assert result.recall >= 0.95, result.report()


def _event_of(kg, gold, label):
    events = {kg.event_of_mention()[m.key] for m in gold.mentions if m.event == label}
    assert len(events) == 1, (label, events)
    return kg.events[events.pop()]


def test_different_events_of_the_same_parties_stay_apart(gold_run):
    _, kg, gold = gold_run
    fine = _event_of(kg, gold, "cnil-fine-2022")
    penalty = _event_of(kg, gold, "cnil-penalty-2023")
    assert fine.id != penalty.id
    assert (fine.date, fine.amount, fine.currency) == ("2022-10-20", 20_000_000, "EUR")
    assert (penalty.date, penalty.amount) == ("2023-05-10", 5_200_000)
    assert _event_of(kg, gold, "ico-fine-provisional-2021").id != _event_of(kg, gold, "ico-fine-2022").id
    assert _event_of(kg, gold, "cnil-formal-notice-2021").id != _event_of(kg, gold, "cnil-order-2022").id
    assert _event_of(kg, gold, "ftc-order-rite-aid-2010").id != _event_of(kg, gold, "ftc-order-rite-aid-2023").id


def test_one_event_with_every_article_as_a_source(gold_run):
    _, kg, gold = gold_run
    fine = _event_of(kg, gold, "ico-fine-2022")
    assert (fine.actor, fine.action, fine.target, fine.date) == ("ico", "fine", "clearview-ai", "2022-05-23")
    assert fine.amount == 7_552_800 and fine.currency == "GBP"  # the most precise amount reported
    outlets = {s.article_url.rsplit("/", 1)[1] for s in fine.sources}
    assert {"2022-05-23-ico-fines-clearview.html", "2022-05-24-uk-watchdog-clearview-penalty.html",
            "2023-10-18-tribunal-overturns-ico-clearview-fine.html"} <= outlets
    assert all(s.sentence for s in fine.sources)
    twitter = _event_of(kg, gold, "twitter-cd-2020")
    assert twitter.date == "2020-01-22" and len({s.article_url for s in twitter.sources}) >= 7


def test_a_government_and_its_office_are_one_actor(gold_run):
    _, kg, gold = gold_run
    suit = _event_of(kg, gold, "texas-lawsuit-meta-2022")
    assert suit.actor == "texas-attorney-general" and suit.date == "2022-02-14"


def test_event_ids_do_not_depend_on_article_order(known, gold_run):
    _, kg, gold = gold_run
    records = list(gold.records)
    random.Random(7).shuffle(records)
    again = GraphBuilder(known).build(records)
    assert set(again.events) == set(kg.events)
    assert again.event_of_mention() == kg.event_of_mention()


def test_only_reported_events_enter_the_graph(known):
    article = Article(url="https://example.org/a", title="t", published="2022-01-10")
    ref = {"id": "ico", "name": "Information Commissioner's Office", "kind": "regulator", "mention": "ICO"}
    target = {"id": "clearview-ai", "name": "Clearview AI", "kind": "company", "mention": "Clearview"}
    events = [{"actor": ref, "action": "fine", "target": target, "status": status, "date": "2022-01-10",
               "date_precision": "day", "evidence": f"{status} sentence", "span": [i * 100, i * 100 + 10]}
              for i, status in enumerate(("threatened", "negated"))]
    kg = GraphBuilder(known).build([ArticleRecord(article, events, "x")])
    assert not kg.events


# -- dispute lifecycle ---------------------------------------------------------------------
def test_the_ico_dispute_is_a_chain_of_follows(gold_run):
    _, kg, gold = gold_run
    fine, order = _event_of(kg, gold, "ico-fine-2022"), _event_of(kg, gold, "ico-order-2022")
    appeal = _event_of(kg, gold, "clearview-appeal-ico-2023")
    ruling = _event_of(kg, gold, "ftt-ruling-2023")
    second = _event_of(kg, gold, "ico-appeal-2023")
    follows = {(f.later, f.earlier) for f in kg.follows}
    assert {(appeal.id, fine.id), (appeal.id, order.id), (ruling.id, appeal.id), (second.id, ruling.id)} <= follows
    assert {e.dispute for e in (fine, order, appeal, ruling, second)} == {fine.dispute} and fine.dispute
    # overturned by the tribunal, then appealed by the ICO: pending again
    assert fine.current_status == order.current_status == "pending"
    assert appeal.current_status is None  # only the original events carry the status


def test_settled_and_upheld_disputes(gold_run):
    _, kg, gold = gold_run
    assert _event_of(kg, gold, "aclu-lawsuit-2020").current_status == "settled"
    assert _event_of(kg, gold, "texas-lawsuit-meta-2022").current_status == "settled"
    appeal = [e for e in kg.events.values() if e.actor == "ed-bridges" and e.target == "south-wales-police"]
    assert appeal and appeal[0].current_status == "upheld"  # the Court of Appeal ruled against the police
    assert _event_of(kg, gold, "garante-fine-2022").current_status is None  # never challenged


def _record(url, published, *events):
    raws = []
    for i, (actor, action, target, date) in enumerate(events):
        raws.append({"actor": {"id": actor, "name": actor, "kind": "court" if "court" in actor else "regulator"},
                     "action": action,
                     "target": {"id": target, "name": target, "kind": "company"} if target else None,
                     "status": "reported", "date": date, "date_precision": "day",
                     "evidence": f"{actor} {action} {target} on {date}.", "span": [i * 100, i * 100 + 50]})
    return ArticleRecord(Article(url=url, title=None, published=published), raws, "test")


def test_fine_appeal_overturned_appeal_upheld():
    known = {}
    records = [
        _record("u:1", "2021-01-10", ("watchdog", "fine", "acme", "2021-01-10")),
        _record("u:2", "2021-03-01", ("acme", "appeal", "watchdog", "2021-03-01")),
        _record("u:3", "2022-01-05", ("tribunal-court", "ruling", "watchdog", "2022-01-05")),
        _record("u:4", "2022-02-01", ("watchdog", "appeal", "acme", "2022-02-01")),
    ]
    kg = GraphBuilder(known).build(records)
    fine = next(e for e in kg.events.values() if e.action == "fine")
    assert fine.current_status == "pending"
    kg = GraphBuilder(known).build(records[:3])
    assert next(e for e in kg.events.values() if e.action == "fine").current_status == "overturned"
    records.append(_record("u:5", "2023-06-01", ("upper-court", "ruling", "acme", "2023-06-01")))
    kg = GraphBuilder(known).build(records)
    fine = next(e for e in kg.events.values() if e.action == "fine")
    assert fine.current_status == "upheld"
    chain = [fine.id]
    earlier_of = {f.later: f.earlier for f in kg.follows}
    later_of = {v: k for k, v in earlier_of.items()}
    while chain[-1] in later_of:
        chain.append(later_of[chain[-1]])
    assert [kg.events[x].action for x in chain] == ["fine", "appeal", "ruling", "appeal", "ruling"]
    assert all(kg.events[x].dispute == fine.id for x in chain)


def test_score_counts_pairs(known):
    gold = load_gold(known)
    kg = GraphBuilder(known).build(gold.records)
    s = score(gold, kg)
    n = len(gold.mentions)
    same = sum(1 for i, a in enumerate(gold.mentions) for b in gold.mentions[i + 1:] if a.event == b.event)
    assert s.true_positives + s.false_negatives == same
    assert s.true_positives + s.false_positives + s.false_negatives <= n * (n - 1) // 2
