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
