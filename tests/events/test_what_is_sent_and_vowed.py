"""What the object makes of a verb: diplomats withdrawn are a downgrade of relations, teams
sent are help, troops flown in are no visit, atrocities committed are violence, and a vow to
veto or block is a refusal."""

from __future__ import annotations


def _events(code_events, text):
    return {(e["event_type"], (e["source"] or {}).get("country"),
             (e["recipient"] or {}).get("country")) for e in code_events(text, "2024-01-01")}


def test_withdrawing_diplomats_reduces_relations(code_events):
    assert ("SANCTION", "PER", "MEX") in _events(
        code_events, "Peru withdrew its ambassador from Mexico on Thursday.")
    assert ("SANCTION", "NIC", "CRI") in _events(
        code_events, "Nicaragua pulled its diplomats out of Costa Rica.")
    assert ("RETREAT", "RUS", None) in _events(
        code_events, "Russian forces withdrew from the west bank of the river.")


def test_teams_sent_after_a_disaster_are_help(code_events):
    found = _events(code_events, "Japan sent rescue teams to Turkey after the earthquake.")
    assert ("AID", "JPN", "TUR") in found
    assert not any(kind == "CONSULT" for kind, _, _ in found)


def test_flying_troops_or_patients_somewhere_is_no_visit(code_events):
    for text in ("Angola flew hundreds of soldiers into Kinshasa.",
                 "Qatar flew dozens of wounded Sudanese to Doha for treatment."):
        assert not any(kind == "CONSULT" for kind, _, _ in _events(code_events, text)), text
    assert ("CONSULT", "IND", "JPN") in _events(code_events, "Modi flew to Tokyo on Monday.")


def test_atrocities_committed_are_violence_not_a_pledge(code_events):
    found = _events(code_events, "Rights groups said Burmese troops committed massacres in "
                                 "Rakhine State.")
    assert not any(kind == "AGREE" for kind, _, _ in found)
    assert any(kind == "ASSAULT" for kind, _, _ in found)


def test_a_vow_to_veto_or_block_is_a_refusal(code_events):
    assert any(kind == "REJECT" and source == "GBR" for kind, source, _ in _events(
        code_events, "Britain vowed to veto any resolution that named its soldiers."))
    assert ("REJECT", "GRC", "MKD") in _events(
        code_events, "Greece pledged to block Macedonia's membership of NATO.")


def test_halting_trade_or_withholding_aid_is_a_sanction(code_events):
    for text, dyad in (("Beijing halted coal imports from Australia.", ("CHN", "AUS")),
                       ("The World Bank withheld budget support from Malawi.", ("IGO", "MWI")),
                       ("Riyadh banned imports from Lebanon.", ("SAU", "LBN"))):
        assert ("SANCTION", *dyad) in _events(code_events, text), text
