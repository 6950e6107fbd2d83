"""Weekly exports: one file per ISO week and format, over the sample corpus."""
import json

import pytest
from typer.testing import CliRunner

from scrutiny.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def weeks_dir(sample_home_template, tmp_path_factory):
    out = tmp_path_factory.mktemp("weeks")
    result = runner.invoke(app, ["weekly", "--out", str(out), "--home", str(sample_home_template),
                                 "--format", "md,html,csv,json,ics"])
    assert result.exit_code == 0, result.output
    return out


def test_one_file_per_week_and_format(weeks_dir, sample_home_template):
    from scrutiny.app import Workspace
    from scrutiny.queries.timeline import iso_week
    import datetime as dt

    with Workspace(sample_home_template).engine("cypher") as store:
        _, rows = store.query("MATCH (e:Event) WHERE e.date IS NOT NULL RETURN DISTINCT e.date")
    expected = {iso_week(dt.date.fromisoformat(r[0])) for r in rows}
    for fmt in ("md", "html", "csv", "json", "ics"):
        assert {p.stem for p in weeks_dir.glob(f"*.{fmt}")} == expected, fmt


def test_markdown_week(weeks_dir):
    md = (weeks_dir / "2020-W06.md").read_text()
    assert md.startswith("# AI surveillance disputes, week 2020-W06")
    assert "## Wednesday 05 February 2020" in md
    assert "**YouTube** → cease and desist → **Clearview AI**" in md
    assert "(https://northgatetech.example/news/youtube-clearview-letter)" in md
    assert "**New this week:** " in md and "YouTube (platform)" in md.split("**New this week:** ")[1].splitlines()[0]
    assert md.index("Wednesday 05") < md.index("Thursday 06") < md.index("Friday 07")


def test_json_csv_and_counts(weeks_dir):
    data = json.loads((weeks_dir / "2020-W06.json").read_text())
    assert data["since"] == "2020-02-03" and data["until"] == "2020-02-09"
    letters = {e["actor"] for e in data["events"] if e["action"] == "cease_and_desist" and e["target"] == "Clearview AI"}
    assert {"YouTube", "Facebook", "Google", "LinkedIn"} <= letters
    assert data["counts"]["events"] == len(data["events"])
    assert all(e["sources"] and e["status"] for e in data["events"])
    csv_text = (weeks_dir / "2020-W06.csv").read_text()
    assert csv_text.splitlines()[0].startswith("week,date,actor,action,target,amount")
    assert len(csv_text.strip().splitlines()) == len(data["events"]) + 1


def test_disputes_that_moved(weeks_dir):
    moved = [json.loads(p.read_text()) for p in sorted(weeks_dir.glob("*.json"))]
    steps = [d for week in moved for d in week["disputes_moved"]]
    assert steps and any(d["status"] in ("overturned", "upheld", "settled", "pending") for d in steps)
    week_with_ruling = next(w for w in moved if any(e["action"] == "ruling" and e["dispute"] for e in w["events"]))
    md = (weeks_dir / f"{week_with_ruling['week']}.md").read_text()
    assert "**Disputes that moved:**" in md


def test_ics_has_one_vevent_per_event(weeks_dir):
    raw = (weeks_dir / "2020-W06.ics").read_bytes()
    text = raw.decode()
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    data = json.loads((weeks_dir / "2020-W06.json").read_text())
    assert text.count("BEGIN:VEVENT") == len(data["events"]) == text.count("END:VEVENT")
    assert "DTSTART;VALUE=DATE:20200205" in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


def test_html_is_self_contained(weeks_dir):
    html = (weeks_dir / "2020-W06.html").read_text()
    assert "<svg" in html and "<style>" in html and "<script>" in html
    for needle in ("src=\"http", "<link", "@import", "src='http"):
        assert needle not in html


def test_since_until_and_bad_arguments(sample_home_template, tmp_path):
    home = str(sample_home_template)
    result = runner.invoke(app, ["weekly", "--out", str(tmp_path), "--home", home, "--since", "2020-02-01",
                                 "--until", "2020-02-29", "--format", "md"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2020-W05.md", "2020-W06.md"] or \
        {p.name for p in tmp_path.iterdir()} >= {"2020-W06.md"}
    assert all("2020-W0" in p.name for p in tmp_path.iterdir())
    assert runner.invoke(app, ["weekly", "--out", str(tmp_path), "--home", home, "--format", "pdf"]).exit_code == 2
    assert runner.invoke(app, ["weekly", "--out", str(tmp_path), "--home", home, "--since", "yesterday"]).exit_code == 2


def test_timeline_week_lists_the_platform_letters(sample_home_template):
    result = runner.invoke(app, ["timeline", "--week", "2020-W06", "--format", "json", "--home",
                                 str(sample_home_template)])
    assert result.exit_code == 0, result.output
    events = json.loads(result.output)["events"]
    letters = {e["actor"] for e in events if e["action"] == "cease_and_desist" and e["target"] == "Clearview AI"}
    assert {"YouTube", "Facebook", "Google", "LinkedIn"} <= letters
