import pytest

from wirecoder.errors import DataFileError
from wirecoder.events.lexicon import load_lexicon
from wirecoder.records import EVENT_TYPES

HEADER = "lemma\tpos\tevent_type\tmode\tcameo\trequires\tstance\n"


def test_shipped_lexicon_covers_every_plover_type_but_concede_variants():
    lexicon = load_lexicon()
    covered = {t.event_type for triggers in lexicon.triggers.values() for t in triggers}
    assert covered == set(EVENT_TYPES)


def test_multiword_trigger_is_indexed_by_its_verb():
    (trigger,) = load_lexicon().triggers_for("rule", "V")
    assert trigger.lemma == "rule out" and trigger.particle == "out"


def test_unknown_event_type_is_reported_with_file_and_line(tmp_path):
    bad = tmp_path / "triggers.tsv"
    bad.write_text(HEADER + "agree\tV\tAGREE\t-\t030\t-\tsupport\nhug\tV\tEMBRACE\t-\t0\t-\t-\n")
    with pytest.raises(DataFileError, match=r"triggers.tsv:3: unknown PLOVER type 'EMBRACE'"):
        load_lexicon(triggers=bad)


def test_row_with_missing_fields_is_reported_with_file_and_line(tmp_path):
    bad = tmp_path / "triggers.tsv"
    bad.write_text("# comment\n" + HEADER + "agree\tV\tAGREE\n")
    with pytest.raises(DataFileError, match=r"triggers.tsv:3: expected 7"):
        load_lexicon(triggers=bad)


def test_noun_with_modifiers_is_indexed_by_its_head_and_tried_first():
    triggers = load_lexicon().triggers_for("strike", "N")
    assert triggers[0].modifiers and triggers[-1].lemma == "strike"
    hunger = next(t for t in triggers if t.lemma == "hunger strike")
    assert hunger.event_type == "PROTEST" and hunger.modifiers == ("hunger",)


def test_object_list_requirement_is_parsed_and_tried_before_a_bare_row():
    lifts = load_lexicon().triggers_for("lift", "V")
    curfew = next(t for t in lifts if "curfew" in t.objects)
    assert curfew.requires == "obj=" and curfew.event_type == "RETREAT"


def test_unknown_roles_value_is_reported_with_file_and_line(tmp_path):
    bad = tmp_path / "triggers.tsv"
    bad.write_text("lemma\tpos\tevent_type\tmode\tcameo\trequires\tstance\troles\n"
                   "host\tV\tCONSULT\tvisit\t043\t-\t-\tflip\n")
    with pytest.raises(DataFileError, match=r"triggers.tsv:2: unknown roles 'flip'"):
        load_lexicon(triggers=bad)
