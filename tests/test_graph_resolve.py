"""Entity resolution: gazetteer parties, unknown names merged by name, acronym and alias, parents kept."""
import pytest

from scrutiny.graph.build import ArticleRecord, GraphBuilder
from scrutiny.graph.model import Article, Entity
from scrutiny.graph.resolve import (EntityCorrections, Resolver, acronym, core, normalize, subsidiaries)
from scrutiny.ingest.extract.gazetteer import load_gazetteer
from scrutiny.ingest.pipeline import known_entities


@pytest.fixture(scope="module")
def known():
    return known_entities(load_gazetteer())


def ref(name, kind="company", mention=None, id=None):
    from scrutiny.graph.ids import slugify
    return {"id": id or slugify(name), "name": name, "kind": kind, "mention": mention or name}


def test_normal_forms():
    assert normalize("The Clearview AI, Inc.") == normalize("Clearview AI Inc") == "clearview ai"
    assert core("Clearview AI") == "clearview" and core("Clearview") is None
    assert acronym("Information Commissioner's Office") == "ico"
    assert normalize("F.T.C.") == "ftc"


def test_unknown_names_of_a_gazetteer_party(known):
    refs = [ref("Clearview"), ref("Clearview AI Inc."), ref("Clearview AI, Inc."), ref("ICO", "regulator"),
            ref("F.T.C.", "regulator"), ref("Bridges", "person")]
    res = Resolver(known).resolve(refs)
    assert [res.id_of(r) for r in refs] == ["clearview-ai"] * 3 + ["ico", "ftc", "ed-bridges"]


def test_unknown_names_merge_with_each_other():
    refs = [ref("Acme Vision"), ref("Acme Vision, Inc."), ref("Acme Vision AI"), ref("Acme"),
            ref("Northern Rights Watch Agency", "regulator"), ref("NRWA", "regulator"),
            ref("Jane Doe", "person"), ref("Doe", "person"), ref("the company", mention="the company")]
    res = Resolver({}).resolve(refs)
    ids = [res.id_of(r) for r in refs]
    assert ids[0] == ids[1] == ids[2] == "acme-vision-ai"
    assert ids[3] == "acme"  # "Acme" is not "Acme Vision": only descriptors are dropped
    assert ids[4] == ids[5] == "northern-rights-watch-agency"
    assert ids[6] == ids[7] == "jane-doe"
    entity = res.entities["acme-vision-ai"]
    assert entity.name == "Acme Vision AI" and set(entity.aliases) == {"Acme Vision", "Acme Vision, Inc."}
    assert res.entities["northern-rights-watch-agency"].aliases == ("NRWA",)


def test_descriptions_never_merge_parties():
    refs = [ref("Acme", mention="the company"), ref("Bolt Robotics", mention="the company")]
    res = Resolver({}).resolve(refs)
    assert res.id_of(refs[0]) != res.id_of(refs[1])


def test_extraction_groups_join_surfaces():
    refs = [ref("Hellenic DPA", "regulator"), ref("Greek privacy watchdog", "regulator", id="greek-privacy-watchdog")]
    groups = [{"id": "greek-privacy-watchdog", "mentions": ["Greek privacy watchdog", "Hellenic DPA"]}]
    res = Resolver({}).resolve(refs, groups)
    assert res.id_of(refs[0]) == res.id_of(refs[1])


def test_parents_are_kept_apart_and_linked(known):
    record = ArticleRecord(Article("https://example.org/a", "t", "o", "2020-02-05"), [
        {"actor": ref("YouTube", "platform", id="youtube"), "action": "cease_and_desist",
         "target": ref("Clearview AI", id="clearview-ai"), "status": "reported", "date": "2020-02-05",
         "date_precision": "day", "evidence": "YouTube sent Clearview a letter.", "span": [0, 30]},
        {"actor": ref("Google", id="google"), "action": "cease_and_desist",
         "target": ref("Clearview AI", id="clearview-ai"), "status": "reported", "date": "2020-02-05",
         "date_precision": "day", "evidence": "Google sent Clearview a letter.", "span": [40, 70]},
    ], "x")
    kg = GraphBuilder(known).build([record])
    assert len(kg.events) == 2  # a YouTube letter is not a Google letter
    assert kg.entities["youtube"].parent == "google" and "alphabet" in kg.entities  # parents come along
    assert subsidiaries("google", kg.entities)[:2] == ["google", "youtube"]
    assert "youtube" in subsidiaries("alphabet", kg.entities)


def test_corrections_merge_split_rename(known):
    refs = [ref("Acme Vision"), ref("Acme Labs Europe"), ref("Clearview", mention="Clearview Labs", id="clearview-ai")]
    corrections = EntityCorrections(merges=[("acme-vision", "acme-labs-europe")],
                                    splits=[("clearview-ai", "Clearview Labs")],
                                    renames=[("acme-vision", "Acme Vision Ltd", "product")])
    res = Resolver(known).resolve(refs, corrections=corrections)
    assert res.id_of(refs[0]) == res.id_of(refs[1]) == "acme-vision"
    assert res.entities["acme-vision"].name == "Acme Vision Ltd"
    assert res.entities["acme-vision"].kind == "product"
    assert {"Acme Vision", "Acme Labs Europe"} <= set(res.entities["acme-vision"].aliases)
    assert res.id_of(refs[2]) == "clearview-labs" and res.entities["clearview-labs"].name == "Clearview Labs"


def test_known_parties_are_never_merged_with_each_other(known):
    # two gazetteer parties that share a word stay two parties
    refs = [ref("Google", id="google"), ref("Google Photos", "product", id="google-photos")]
    res = Resolver(known).resolve(refs)
    assert res.id_of(refs[0]) == "google" and res.id_of(refs[1]) == "google-photos"
    assert isinstance(res.entities["google"], Entity)
