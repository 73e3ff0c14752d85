from wirecoder.records import Actor
from wirecoder.stances.holders import holder_of
from wirecoder.stances.positions import combine
from wirecoder.stances.timeline import changes_only, mark_changes

NAMES = {"FRA": "France", "RUS": "Russia"}.get


def test_a_head_of_state_speaks_for_the_state():
    macron = Actor("Macron", "Emmanuel Macron", "macron", "FRA", "GOV", "head of state")
    assert holder_of(macron, NAMES) == Actor("Macron", "France", "FRA", "FRA", "GOV", None)


def test_the_army_a_region_and_an_igo_hold_their_own_stances():
    forces = Actor("Russian forces", "Russia", "RUS", "RUS", "MIL", None)
    west = Actor("Western leaders", "the West", "WST", "WST", None, None)
    nato = Actor("NATO", "NATO", "nato", "IGO", "IGO", None)
    for actor in (forces, west, nato):
        assert holder_of(actor, NAMES) == actor


def test_support_and_opposition_together_are_mixed():
    assert combine([("support", False), ("oppose", True)]) == "mixed"


def test_hedging_without_a_firm_position_is_undecided():
    assert combine([("undecided", True), ("support", False)]) == "undecided"
    assert combine([("undecided", True), ("support", True)]) == "support"


def _obs(date, polarity, name="Germany"):
    return {"date": date, "polarity": polarity, "issue": "foreign troops in Ukraine",
            "actor": {"actor_id": name[:3].upper(), "name": name}}


def test_timeline_marks_where_a_stance_changed():
    marked = mark_changes([_obs("2025-07-01", "support"), _obs("2025-02-01", "undecided"),
                           _obs("2025-03-01", "undecided"), _obs("2025-02-15", "oppose", "Poland")])
    assert [(o["date"], o["changed"]) for o in marked] == [
        ("2025-02-01", False), ("2025-02-15", False), ("2025-03-01", False),
        ("2025-07-01", True)]
    (change,) = changes_only(marked)
    assert change["previous"] == "undecided" and change["polarity"] == "support"
