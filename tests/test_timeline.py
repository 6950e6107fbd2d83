"""`scrutiny timeline`: weeks, date ranges and one party's history, in every format of `scrutiny weekly`."""
import csv
import datetime as dt
import io
import json

import pytest
from typer.testing import CliRunner

from scrutiny.app import Workspace
from scrutiny.cli import app
from scrutiny.queries import weekly
from scrutiny.queries.timeline import iso_week

runner = CliRunner()


@pytest.fixture(scope="module")
def home(sample_home_template):
    return str(sample_home_template)


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args], env={"COLUMNS": "200"})


def ok(*args) -> str:
    result = invoke(*args)
    assert result.exit_code == 0, (args, result.output)
    return result.output


def party_events(home, entity_id):
    """The ids of the events a party acts in or is targeted by, straight from the Cypher store."""
    with Workspace(home).engine("cypher") as store:
        _, rows = store.query("MATCH (x:Entity {id: $id})-[:ACTOR|:TARGET]-(e:Event) RETURN DISTINCT e.id",
                              {"id": entity_id})
    return {r[0] for r in rows}


@pytest.mark.parametrize("engine", ["cypher", "sparql"])
def test_every_format_parses_and_agrees_with_json(home, engine):
    args = ("timeline", "--entity", "Clearview AI", "--home", home, "--engine", engine)
    data = json.loads(ok(*args, "--format", "json"))
    events = data["events"]
    assert data["entity"]["id"] == "clearview-ai" and data["counts"]["events"] == len(events) > 10
    rows = list(csv.DictReader(io.StringIO(ok(*args, "--format", "csv"))))
    assert list(rows[0]) == weekly.CSV_COLUMNS
    assert [r["event"] for r in rows] == [e["event"] for e in events]
    assert all(r["week"] == iso_week(dt.date.fromisoformat(r["date"])) for r in rows)
    ics = ok(*args, "--format", "ics")
    assert ics.lstrip().startswith("BEGIN:VCALENDAR") and ics.rstrip().endswith("END:VCALENDAR")
    dated = [e for e in events if e["date"]]
    assert ics.count("BEGIN:VEVENT") == ics.count("END:VEVENT") == len(dated)
    assert {f"UID:{e['event']}@scrutiny" for e in dated} <= set(ics.replace("\r", "").splitlines())
    html = ok(*args, "--format", "html")
    assert html.startswith("<!DOCTYPE html>")
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="chart timeline"' in html
    assert "<h1>AI surveillance disputes, Clearview AI</h1>" in html
    for needle in ('src="http', "<link", "@import", "src='http"):
        assert needle not in html
    md = ok(*args, "--format", "md")
    assert md.startswith("# AI surveillance disputes, Clearview AI\n")
    assert f"**{len(events)} events**" in md and "**YouTube** → cease and desist → **Clearview AI**" in md


def test_entity_restricts_rows_to_that_party_on_both_engines(home):
    expected = party_events(home, "youtube")
    by_engine = {}
    for engine in ("cypher", "sparql"):
        events = json.loads(ok("timeline", "--entity", "youtube", "--home", home, "-f", "json",
                               "--engine", engine))["events"]
        assert all("youtube" in (e["actor_id"], e["target_id"]) for e in events)
        by_engine[engine] = events
    assert {e["event"] for e in by_engine["cypher"]} == expected
    assert by_engine["cypher"] == by_engine["sparql"]
    table = ok("timeline", "--entity", "YouTube", "--home", home)
    assert "cease_and_desist" in table and "Facebook" not in table  # Facebook's letter is not YouTube's


def test_entity_without_dates_is_its_whole_history_and_dates_narrow_it(home):
    whole = json.loads(ok("timeline", "-e", "clearview", "--home", home, "-f", "json"))
    assert {e["event"] for e in whole["events"]} == party_events(home, "clearview-ai")
    years = {e["date"][:4] for e in whole["events"]}
    assert len(years) >= 3, years
    assert whole["since"] == min(e["date"] for e in whole["events"])
    assert whole["until"] == max(e["date"] for e in whole["events"])
    week = json.loads(ok("timeline", "-e", "clearview", "--week", "2020-W06", "--home", home, "-f", "json"))
    assert week["period"] == "Clearview AI, week 2020-W06"
    assert week["events"] and all("2020-02-03" <= e["date"] <= "2020-02-09" for e in week["events"])
    assert {e["actor"] for e in week["events"] if e["action"] == "cease_and_desist"} >= {"YouTube", "Facebook"}
    ranged = json.loads(ok("timeline", "-e", "clearview", "--since", "2022-01-01", "--until", "2022-12-31",
                           "--home", home, "-f", "json"))
    inside = [e["event"] for e in whole["events"] if "2022-01-01" <= e["date"] <= "2022-12-31"]
    assert ranged["events"] and [e["event"] for e in ranged["events"]] == inside


def test_a_week_is_the_same_as_its_weekly_file(home, tmp_path):
    ok("weekly", "--out", tmp_path, "--home", home, "--since", "2020-02-03", "--until", "2020-02-09",
       "--format", "md,json")
    assert ok("timeline", "--week", "2020-W06", "--home", home, "-f", "md") == (tmp_path / "2020-W06.md").read_text()
    assert json.loads(ok("timeline", "--week", "2020-W06", "--home", home, "-f", "json")) == \
        json.loads((tmp_path / "2020-W06.json").read_text())


def test_date_range_without_entity(home):
    data = json.loads(ok("timeline", "--since", "2022-05-01", "--until", "2022-05-31", "--home", home, "-f", "json"))
    assert data["period"] == "2022-05-01 to 2022-05-31"
    assert data["events"] and all("2022-05-01" <= e["date"] <= "2022-05-31" for e in data["events"])
    assert any(e["action"] == "fine" and e["amount"] == 7_500_000 for e in data["events"])


def test_out_writes_a_file_and_takes_its_format_from_the_suffix(home, tmp_path):
    out = tmp_path / "sub" / "clearview.ics"
    printed = ok("timeline", "--entity", "Clearview AI", "--home", home, "--out", out)
    assert "events:" in printed and "BEGIN:VCALENDAR" not in printed
    raw = out.read_bytes().decode("utf-8")
    assert raw.startswith("BEGIN:VCALENDAR\r\n") and raw.endswith("END:VCALENDAR\r\n")
    assert all(len(line.encode()) <= 75 for line in raw.split("\r\n"))
    page = tmp_path / "week.html"
    ok("timeline", "--week", "2020-W06", "--home", home, "--out", page, "--format", "html")
    assert 'class="chart timeline"' in page.read_text()
    assert invoke("timeline", "--week", "2020-W06", "--home", home, "--out", tmp_path / "x.txt").exit_code == 2


def test_unknown_entity_is_a_usage_error_with_a_suggestion(home):
    for engine in ("cypher", "sparql"):
        result = invoke("timeline", "--entity", "Clearveiw AI", "--home", home, "--engine", engine)
        assert result.exit_code == 2, result.output
        assert "Did you mean Clearview AI" in result.output


@pytest.mark.parametrize("args", [
    ["--week", "2020-W06", "--since", "2020-01-01"],
    ["--week", "2020-06"],
    ["--since", "2020-03-01", "--until", "2020-02-01"],
    ["--since", "yesterday"],
    ["--format", "pdf"],
    ["--engine", "gremlin"],
])
def test_bad_arguments_exit_2(home, args):
    result = invoke("timeline", "--home", home, *args)
    assert result.exit_code == 2, result.output
    assert "error:" in result.output


def test_period_renderers_place_undated_events():
    """One party's whole history may hold undated events: listed last, under 'Undated', and left out of
    the calendar, which has no day for them."""
    dated = weekly.WeekEvent("ev-1", "2021-03-04", "ICO", "ico", "fine", "Clearview AI", "clearview-ai",
                             7_500_000.0, "GBP", "reported", "ICO fined Clearview AI",
                             sources=[{"outlet": "Wire", "url": "https://wire.example/1"}])
    undated = weekly.WeekEvent("ev-2", None, "ACLU", "aclu", "criticism", "Clearview AI", "clearview-ai",
                               None, None, None, "ACLU criticised Clearview AI",
                               sources=[{"outlet": "Wire", "url": "https://wire.example/2"}])
    period = weekly.Period("Clearview AI", dt.date(2021, 3, 4), dt.date(2021, 3, 4), [dated, undated],
                           entity={"id": "clearview-ai", "name": "Clearview AI"})
    md = weekly.to_markdown(period)
    assert md.index("## Thursday 04 March 2021") < md.index("## Undated") < md.index("**ACLU**")
    assert "(GBP 7,500,000)" in md
    ics = weekly.to_ics(period)
    assert ics.count("BEGIN:VEVENT") == 1 and "UID:ev-1@scrutiny" in ics
    rows = list(csv.reader(io.StringIO(weekly.to_csv(period))))
    assert [r[:2] for r in rows[1:]] == [["2021-W09", "2021-03-04"], ["", ""]]
    assert "<h2>Undated</h2>" in weekly.to_html(period)
    assert json.loads(weekly.to_json(period))["period"] == "Clearview AI"
