"""Human corrections: merge, split, reject, rename; applied on every rebuild; reversible; logged."""
import json

import pytest
from typer.testing import CliRunner

from scrutiny.app import Workspace
from scrutiny.cli import app
from scrutiny.graph.judgements import JudgementError, JudgementStore

runner = CliRunner()


def cli(home, *args, by="alice"):
    return runner.invoke(app, ["curate", *args, "--home", str(home)] + (["--by", by] if by else []))


def events_between(workspace, actor, target):
    rows = workspace.query("cypher", "MATCH (a:Entity {id: $a})-[:ACTOR]->(e:Event)-[:TARGET]->(t:Entity {id: $t}) "
                                     "RETURN e.id, e.action ORDER BY e.id", {"a": actor, "t": target}).rows
    return rows


def test_reject_and_undo(sample_home):
    workspace = Workspace(sample_home)
    kg = workspace.project()
    victim = sorted(kg.events)[0]
    before = workspace.counts()["events"]
    result = cli(sample_home, "reject", victim, "--note", "not an event")
    assert result.exit_code == 0, result.output
    assert workspace.counts()["events"] == before - 1
    assert victim not in workspace.project().events
    assert workspace.query("sparql", "ASK { ?e scr:id ?id }", {"id": victim}).rows == [[False]]
    # applied again on rebuild (re-extraction gives the same mentions)
    assert workspace.rebuild()["events"] == before - 1
    log = json.loads(cli(sample_home, "log", "--format", "json", by=None).output)
    assert log[0]["op"] == "reject_event" and log[0]["by"] == "alice" and log[0]["note"] == "not an event"
    assert log[0]["at"] and log[0]["undone_at"] is None
    result = cli(sample_home, "undo", str(log[0]["id"]), by="bob")
    assert result.exit_code == 0, result.output
    assert workspace.counts()["events"] == before
    log = json.loads(cli(sample_home, "log", "--format", "json", by=None).output)
    assert log[0]["undone_by"] == "bob" and log[0]["undone_at"]
    assert cli(sample_home, "undo", str(log[0]["id"])).exit_code == 2  # already undone


def test_merge_and_split_entities(sample_home):
    workspace = Workspace(sample_home)
    kg = workspace.project()
    assert {"google", "youtube"} <= set(kg.entities)
    google_events = sum(1 for e in kg.events.values() if "google" in (e.actor, e.target))
    youtube_events = sum(1 for e in kg.events.values() if "youtube" in (e.actor, e.target))
    assert cli(sample_home, "merge", "Google", "YouTube").exit_code == 0
    merged = workspace.project()
    assert "youtube" not in merged.entities
    assert "YouTube" in merged.entities["google"].aliases
    assert workspace.find_entity("YouTube").id == "google"  # the old name finds the merged party
    assert sum(1 for e in merged.events.values() if "google" in (e.actor, e.target)) >= max(google_events,
                                                                                             youtube_events)
    # split a name off a gazetteer party: the mentions found as "Clearview" become a party of their own
    result = cli(sample_home, "split", "clearview-ai", "Clearview")
    assert result.exit_code == 0, result.output
    split = workspace.project()
    assert "clearview-ai" in split.entities and split.entities["clearview"].name == "Clearview"
    assert "Clearview" not in split.entities["clearview-ai"].aliases
    log = workspace.curate_log()
    assert [j.op for j in log] == ["merge_entities", "split_entity"]
    workspace.curate_undo(log[0].id, "alice")
    assert "youtube" in workspace.project().entities


def test_rename_entity(sample_home):
    workspace = Workspace(sample_home)
    assert cli(sample_home, "rename", "ico", "UK Information Commissioner", "--kind", "regulator").exit_code == 0
    kg = workspace.project()
    assert kg.entities["ico"].name == "UK Information Commissioner"
    assert "Information Commissioner's Office" in kg.entities["ico"].aliases
    rows = workspace.query("cypher", "MATCH (e:Entity {id: 'ico'}) RETURN e.name").rows
    assert rows == [["UK Information Commissioner"]]


def test_merge_and_split_events(sample_home):
    workspace = Workspace(sample_home)
    kg = workspace.project()
    multi = sorted((e for e in kg.events.values() if len({s.article_url for s in e.sources}) >= 2),
                   key=lambda e: e.id)[0]
    article = sorted({s.article_url for s in multi.sources})[-1]
    before = len(kg.events)
    result = cli(sample_home, "split", multi.id, article)
    assert result.exit_code == 0, result.output
    kg = workspace.project()
    assert len(kg.events) == before + 1
    args = workspace.curate_log()[-1].args
    apart, rest = kg.mentions[args["moved"][0]], kg.mentions[args["rest"][0]]
    assert apart != rest
    assert {s.article_url for s in kg.events[apart].sources} == {article}
    assert article not in {s.article_url for s in kg.events[rest].sources}
    # merge them back: one event again, with every source
    assert cli(sample_home, "merge", rest, apart).exit_code == 0
    kg = workspace.project()
    assert len(kg.events) == before
    assert kg.mentions[args["moved"][0]] == kg.mentions[args["rest"][0]]


def test_usage_errors(sample_home):
    assert cli(sample_home, "reject", "ev-0000000000000000").exit_code == 2
    assert cli(sample_home, "merge", "Clearveiw AI", "Google").exit_code == 2
    assert cli(sample_home, "undo", "99").exit_code == 2
    assert cli(sample_home, "rename", "ico").exit_code == 2


def test_judgement_store(tmp_path):
    with JudgementStore(tmp_path / "j.sqlite") as store:
        j = store.add("reject_event", {"event": "ev-1", "mentions": ["m-1"]}, "carol", "why")
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == 1
        assert store.corrections().reject_events == {"ev-1"}
        store.undo(j.id, "dave")
        assert store.corrections().reject_events == set()
        with pytest.raises(JudgementError):
            store.add("delete_everything", {}, "eve")
    with JudgementStore(tmp_path / "j.sqlite") as store:  # persisted
        assert [x.made_by for x in store.log()] == ["carol"]
