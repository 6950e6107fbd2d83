"""The research commands: entity, path, sources, stats, and the new named queries on both engines."""
import json

import pytest
from typer.testing import CliRunner

from scrutiny.app import Workspace
from scrutiny.cli import app
from scrutiny.queries import runner as queries

runner = CliRunner()

NEW_QUERIES = {
    "regulators_against": {"entity": "clearview-ai"},
    "fines_by_country": {},
    "disputes_between": {"entity": "clearview-ai", "other": "ico"},
    "scrapers_of_platform": {"platform": "youtube"},
    "customers_of": {"vendor": "clearview-ai"},
    "timeline_of": {"entity": "clearview-ai"},
    "most_targeted": {"limit": 25},
    "new_this_week": {"since": "2020-02-03"},
    "week_events": {"since": "2020-02-03", "until": "2020-02-09"},
    "event_edges": {},
    "members_of": {"entity": "google"},
}


@pytest.fixture(scope="module")
def home(sample_home_template):
    return str(sample_home_template)


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args], env={"COLUMNS": "200"})


@pytest.mark.parametrize("name", sorted(NEW_QUERIES))
def test_new_named_queries_give_the_same_rows_on_both_engines(home, name):
    ws = Workspace(home)
    query = queries.load(name)
    assert query.question and query.cypher and query.sparql
    assert sorted(p.name for p in query.params) == sorted(NEW_QUERIES[name])
    c = ws.named_query(name, "cypher", NEW_QUERIES[name])
    s = ws.named_query(name, "sparql", NEW_QUERIES[name])
    assert c.columns == s.columns
    assert sorted(map(tuple, c.rows), key=repr) == sorted(map(tuple, s.rows), key=repr)
    if name not in ("disputes_between",):
        assert c.rows, name


def test_named_query_answers(home):
    ws = Workspace(home)
    fines = ws.named_query("fines_by_country", "cypher").records()
    assert {"country": "GB", "currency": "GBP", "fines": 1, "total": 7_500_000.0} in fines
    scrapers = ws.named_query("scrapers_of_platform", "sparql", {"platform": "youtube"}).records()
    assert {r["action"] for r in scrapers if r["scraper"] == "Clearview AI"} == {"data_collection", "cease_and_desist"}
    top = ws.named_query("most_targeted", "cypher").records()[0]
    assert top["target"] == "Clearview AI"
    new = ws.named_query("new_this_week", "cypher", {"since": "2020-02-03"}).records()
    assert new[0]["first"] == "2020-02-05" and "YouTube" in {r["party"] for r in new if r["first"] == "2020-02-05"}
    assert all(r["first"] >= "2020-02-03" for r in new)


def test_query_command_runs_each_new_named_query(home):
    result = invoke("query", "customers_of", "--param", "vendor=clearview-ai", "--engine", "sparql",
                    "--home", home, "--format", "json")
    assert result.exit_code == 0, result.output
    assert any(r["customer"] == "Immigration and Customs Enforcement" for r in json.loads(result.output))


def test_entity_profile_json(home):
    result = invoke("entity", "clearview", "--home", home, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["profile"]["name"] == "Clearview AI" and data["profile"]["kind"] == "company"
    assert "Clearview" in data["profile"]["aliases"]
    letters = data["against"]["cease_and_desist"]
    assert {"YouTube", "Facebook", "Google", "LinkedIn"} <= {e["actor"] for e in letters}
    assert all(e["outlets"] for e in letters)
    assert data["counterparts"][0]["events"] >= data["counterparts"][-1]["events"]


def test_entity_table_csv_and_subsidiaries(home):
    table = invoke("entity", "Google", "--home", home, "--include-subsidiaries")
    assert table.exit_code == 0, table.output
    assert "Actions by Google" in table.output and "YouTube" in table.output and "part of" in table.output
    data = json.loads(invoke("entity", "Google", "--home", home, "--include-subsidiaries", "-f", "json").output)
    assert set(data["members"]) == {"google", "youtube"}
    assert {e["actor"] for e in data["by"]["cease_and_desist"]} == {"Google", "YouTube"}
    csv_out = invoke("entity", "youtube", "--home", home, "--format", "csv", "--engine", "sparql")
    assert csv_out.exit_code == 0 and csv_out.output.startswith("role,action,date")
    assert "Google" in invoke("entity", "YouTube", "--home", home).output  # parent


def test_unknown_party_is_a_usage_error_with_suggestions(home):
    for command in (["entity", "Clearveiw AI"], ["path", "Clearveiw AI", "YouTube"], ["report", "Clearveiw AI",
                                                                                      "--out", "/tmp/x.html"]):
        result = invoke(*command, "--home", home)
        assert result.exit_code == 2, (command, result.output)
        assert "Did you mean Clearview AI" in result.output


def test_path_between_two_parties(home):
    result = invoke("path", "YouTube", "ICO", "--home", home, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["paths"], data
    hops = data["paths"][0]
    assert hops[0]["hop"] == 1 and {hops[0]["actor"], hops[0]["target"]} == {"YouTube", "Clearview AI"}
    assert all(h["date"] and h["url"] for h in hops)
    assert {"Clearview AI", "Information Commissioner's Office"} <= {h["actor"] for h in hops} | {h["target"] for h in hops}
    table = invoke("path", "youtube", "ico", "--home", home)
    assert table.exit_code == 0 and "cease_and_desist" in table.output


def test_sources_of_an_event(home):
    ws = Workspace(home)
    event = next(r for r in ws.named_query("scrapers_of_platform", "cypher", {"platform": "youtube"}).records()
                 if r["action"] == "cease_and_desist")["event"]
    result = invoke("sources", event, "--home", home, "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    # every source sentence names the sender; at least two use the words "cease-and-desist"
    assert len(rows) >= 2 and all("youtube" in r["sentence"].lower() for r in rows)
    assert sum("cease" in r["sentence"].lower() for r in rows) >= 2
    assert invoke("sources", "ev-does-not-exist", "--home", home).exit_code == 2


def test_stats(home):
    result = invoke("stats", "--home", home, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["counts"]["articles"] == 40 and data["counts"]["events"] > 0
    assert 0 < sum(r["events"] for r in data["actions"]) <= data["counts"]["events"]
    assert data["most_targeted"][0]["target"] == "Clearview AI"
    assert invoke("stats", "--home", home).exit_code == 0
    assert invoke("stats", "--home", home, "--format", "xml").exit_code == 2


def test_help_has_an_example_for_every_research_command():
    for command in ("entity", "path", "sources", "stats", "weekly", "report", "who", "timeline", "query"):
        result = invoke(command, "--help")
        assert result.exit_code == 0 and "Example: scrutiny" in result.output, command
    top = invoke("--help")
    assert "--install-completion" in top.output and "--show-completion" in top.output
    assert invoke("--version").output.startswith("scrutiny ")
