from wirecoder.evaluation.calibration import Labelled, cross_validated_brier, fit_table
from wirecoder.events.confidence import bin_of, load_table
from wirecoder.records import Actor

RUSSIA = Actor("Russia", "Russia", "RUS", "RUS", None, None)
UKRAINE = Actor("Ukraine", "Ukraine", "UKR", "UKR", None, None)


def test_shipped_table_has_an_overall_share_and_bins_in_range():
    table = load_table()
    assert "*" in table and len(table) > 5
    assert all(0.0 <= p <= 1.0 for p in table.values())


def test_bins_separate_resolved_dyads_from_missing_recipients():
    assert bin_of("ASSAULT", RUSSIA, UKRAINE) == "material_conflict|country|country"
    assert bin_of("ASSAULT", RUSSIA, None) == "material_conflict|country|none"


def test_sparse_bins_are_pulled_towards_the_overall_share():
    rows = [Labelled("a", True, 0.5, "f1")] * 8 + [Labelled("b", False, 0.5, "f2")]
    prior, table = fit_table(rows)
    assert prior == 8 / 9
    assert table["a"][1] < 1.0 and table["b"][1] > 0.0
    assert table["b"][1] < prior < table["a"][1]


def test_cross_validation_scores_each_file_with_a_table_fitted_elsewhere():
    rows = [Labelled("a", True, 0.5, "f1"), Labelled("a", False, 0.5, "f2")]
    assert cross_validated_brier(rows) == 1.0  # each file sees only the other's label


def test_coded_events_carry_calibrated_confidence(code_events):
    events = code_events("Russian forces shelled the Ukrainian city of Kharkiv on Monday.")
    assert events and all(0.0 < e["confidence"] < 1.0 for e in events)
