"""Scoring rules of benchmarks/FORMAT.md on tiny hand-built gold articles and records."""

from __future__ import annotations

import json
from typing import Any

import pytest

from wirecoder.errors import InputError
from wirecoder.evaluation.gold import GoldArticle, parse_gold_article
from wirecoder.evaluation.scoring import read_records, score

TEXT = ("Norway said on Monday it would not send warships to the strait. "
        "Chile and Peru agreed to reopen their shared border crossing next month. "
        "Brazil condemned the raid on the embassy in strong terms.")


def gold_event(evidence: str, *types: str, negated: bool = False, modality: list[str] | None = None,
               source: list[str | None] | None = None, recipient: list[str | None] | None = None,
               required: bool = True) -> dict[str, Any]:
    options: list[dict[str, Any]] = []
    for event_type in types:
        option: dict[str, Any] = {"event_type": event_type}
        if negated:
            option["negated"] = True
        if modality:
            option["modality"] = modality
        options.append(option)
    return {"evidence": evidence, "options": options,
            "source": {"country": source} if source is not None else None,
            "recipient": {"country": recipient} if recipient is not None else None,
            "required": required}


def article(events: list[dict[str, Any]] = (), stances: list[dict[str, Any]] = (),
            commitments: list[dict[str, Any]] = (), article_id: str = "a1",
            text: str = TEXT) -> GoldArticle:
    return parse_gold_article({"id": article_id, "date": "2025-03-03", "title": "T", "text": text,
                               "events": list(events), "stances": list(stances),
                               "commitments": list(commitments)})


def actor(country: str | None, name: str = "X") -> dict[str, Any]:
    return {"text": name, "name": name, "actor_id": None, "country": country, "sector": None,
            "role": None}


def event(span: str, event_type: str, source: str | None = None, recipient: str | None = None,
          context: list[str] | None = None, article_id: str = "a1",
          text: str = TEXT) -> dict[str, Any]:
    start = text.index(span)
    return {"kind": "event", "article_id": article_id, "sentence": 0,
            "evidence": {"start": start, "end": start + len(span), "text": span},
            "event_type": event_type, "context": context or [],
            "source": actor(source) if source else None,
            "recipient": actor(recipient) if recipient else None}


def counts(report: Any, level: str) -> tuple[int, int, int]:
    c = report.events[level]
    return c.tp, c.fp, c.fn


WARSHIPS = gold_event("would not send warships", "AID", "MOBILIZE", negated=True,
                      source=["NOR"], recipient=[None])


def test_matching_record_is_a_true_positive_at_every_level() -> None:
    report = score([article([WARSHIPS])],
                   [event("it would not send warships", "AID", "NOR", context=["negation"])])
    assert [counts(report, lv) for lv in ("type", "dyad", "full")] == [(1, 0, 0)] * 3
    assert report.events["full"].f1 == 1.0


def test_negated_gold_event_does_not_match_a_record_without_negation() -> None:
    report = score([article([WARSHIPS])], [event("would not send warships", "AID", "NOR")])
    assert counts(report, "type") == (0, 1, 1)


def test_negated_record_does_not_match_a_non_negated_option() -> None:
    gold = gold_event("Brazil condemned the raid", "ACCUSE", source=["BRA"])
    record = event("Brazil condemned the raid", "ACCUSE", "BRA", context=["Negation"])
    assert counts(score([article([gold])], [record]), "type") == (0, 1, 1)


def test_wrong_event_type_is_both_a_miss_and_a_false_positive() -> None:
    report = score([article([WARSHIPS])],
                   [event("would not send warships", "THREATEN", "NOR", context=["negation"])])
    assert counts(report, "type") == (0, 1, 1)
    assert [e.category for e in report.errors("type")] == ["MISS", "EXTRA"]


def test_optional_gold_event_counts_neither_way() -> None:
    optional = gold_event("Brazil condemned the raid", "ACCUSE", source=["BRA"], required=False)
    gold = [article([optional])]
    assert counts(score(gold, [event("Brazil condemned", "ACCUSE", "BRA")]), "dyad") == (0, 0, 0)
    assert counts(score(gold, []), "dyad") == (0, 0, 0)


def test_one_record_cannot_match_two_gold_events() -> None:
    first = gold_event("Chile and Peru agreed", "AGREE")
    second = gold_event("to reopen their shared border crossing", "AGREE")
    record = event("Chile and Peru agreed to reopen their shared border", "AGREE")
    assert counts(score([article([first, second])], [record]), "type") == (1, 0, 1)


def test_record_fitting_two_gold_events_goes_where_it_is_needed() -> None:
    # The long record fits both gold events, the short one only the first.
    first = gold_event("Chile and Peru agreed", "AGREE")
    second = gold_event("to reopen their shared border crossing", "AGREE")
    records = [event("Chile and Peru agreed to reopen", "AGREE"), event("Peru agreed", "AGREE")]
    assert counts(score([article([first, second])], records), "type") == (2, 0, 0)


def test_duplicate_records_count_the_second_as_false_positive() -> None:
    gold = gold_event("Brazil condemned the raid", "ACCUSE")
    records = [event("Brazil condemned the raid", "ACCUSE")] * 2
    assert counts(score([article([gold])], records), "type") == (1, 1, 0)


def test_evidence_that_only_touches_the_gold_span_does_not_overlap() -> None:
    gold = gold_event("condemned the raid", "ACCUSE")
    assert counts(score([article([gold])], [event("Brazil ", "ACCUSE")]), "type") == (0, 1, 1)
    assert counts(score([article([gold])], [event("Brazil c", "ACCUSE")]), "type") == (1, 0, 0)


def test_null_in_country_list_accepts_a_missing_actor() -> None:
    report = score([article([WARSHIPS])],
                   [event("send warships", "MOBILIZE", "NOR", None, context=["negation"])])
    assert counts(report, "dyad") == (1, 0, 0)


def test_country_list_without_null_rejects_a_missing_or_wrong_actor() -> None:
    gold = [article([WARSHIPS])]
    missing = event("send warships", "AID", None, context=["negation"])
    wrong = event("send warships", "AID", "SWE", context=["negation"])
    for record in (missing, wrong):
        report = score(gold, [record])
        assert counts(report, "type") == (1, 0, 0)
        assert counts(report, "dyad") == (0, 1, 1)


def test_gold_without_recipient_accepts_any_recipient() -> None:
    gold = gold_event("Brazil condemned the raid", "ACCUSE", source=["BRA"])
    record = event("Brazil condemned the raid", "ACCUSE", "BRA", "ARG")
    assert counts(score([article([gold])], [record]), "dyad") == (1, 0, 0)


def test_modality_is_checked_only_at_the_full_level() -> None:
    gold = gold_event("agreed to reopen their shared border", "AGREE", source=["CHL"],
                      modality=["future", "hypothetical"])
    plain = event("agreed to reopen", "AGREE", "CHL")
    future = event("agreed to reopen", "AGREE", "CHL", context=["FUTURE"])
    assert counts(score([article([gold])], [plain]), "dyad") == (1, 0, 0)
    assert counts(score([article([gold])], [plain]), "full") == (0, 1, 1)
    assert counts(score([article([gold])], [future]), "full") == (1, 0, 0)


def test_records_of_articles_not_in_the_gold_are_not_false_positives() -> None:
    gold = gold_event("Brazil condemned the raid", "ACCUSE")
    report = score([article([gold])], [event("Brazil condemned", "ACCUSE", article_id="zz")])
    assert counts(report, "type") == (0, 0, 1)


def test_records_go_to_the_article_they_name() -> None:
    other_text = "Kenya hosted talks between the two rival factions."
    golds = [article([gold_event("Brazil condemned the raid", "ACCUSE")]),
             article([gold_event("Kenya hosted talks", "CONSULT")], article_id="a2",
                     text=other_text)]
    # Offsets valid in article a1 but the record names a2, where they hit nothing.
    stray = event("Brazil condemned", "ACCUSE", article_id="a2")
    stray["evidence"]["start"], stray["evidence"]["end"] = 200, 220
    right = event("Kenya hosted", "CONSULT", article_id="a2", text=other_text)
    assert counts(score(golds, [stray, right]), "type") == (1, 1, 1)


def test_record_without_integer_offsets_matches_nothing() -> None:
    record = event("Brazil condemned", "ACCUSE")
    record["evidence"] = {"text": "Brazil condemned"}
    gold = [article([gold_event("Brazil condemned the raid", "ACCUSE")])]
    assert counts(score(gold, [record]), "type") == (0, 1, 1)


def test_per_type_counts_credit_the_record_type_and_the_first_gold_option() -> None:
    gold = [article([WARSHIPS, gold_event("Brazil condemned the raid", "ACCUSE")])]
    records = [event("send warships", "MOBILIZE", "NOR", context=["negation"]),
               event("Chile and Peru agreed", "AGREE")]
    by_type = score(gold, records).events_by_type["type"]
    assert (by_type["MOBILIZE"].tp, by_type["AGREE"].fp, by_type["ACCUSE"].fn) == (1, 1, 1)
    assert "AID" not in by_type


STANCE = {"actor": {"country": ["NOR"]}, "issue_keywords": ["warship", "naval"],
          "polarity": ["oppose", "mixed"], "required": True}


def stance(country: str | None, issue: str, polarity: str, article_id: str | None = "a1"
           ) -> dict[str, Any]:
    record = {"kind": "stance", "actor": actor(country), "issue": issue, "polarity": polarity,
              "conditions": [], "evidence": []}
    if article_id is not None:
        record["article_id"] = article_id
    return record


def test_stance_issue_keyword_matches_case_insensitively() -> None:
    report = score([article(stances=[STANCE])], [stance("NOR", "sending WARSHIPS", "oppose")])
    assert (report.stances.correct, report.stances.total) == (1, 1)


def test_stance_with_wrong_polarity_or_issue_is_not_correct() -> None:
    for record in (stance("NOR", "warships", "support"), stance("NOR", "fishing quotas", "oppose")):
        report = score([article(stances=[STANCE])], [record])
        assert report.stances.correct == 0
        assert report.error_lines()[0].startswith("STANCE a1: ['NOR'] want")


def test_stance_without_article_id_applies_to_every_article() -> None:
    golds = [article(stances=[STANCE]), article(stances=[STANCE], article_id="a2")]
    report = score(golds, [stance("NOR", "naval deployment", "mixed", article_id=None)])
    assert (report.stances.correct, report.stances.total) == (2, 2)


def test_countryless_stance_actor_is_never_correct_even_when_gold_allows_null() -> None:
    gold = dict(STANCE, actor={"country": ["NOR", None]})
    report = score([article(stances=[gold])], [stance(None, "warships", "oppose")])
    assert report.stances.correct == 0


def test_stance_on_a_gold_issue_by_an_actor_without_gold_stance_is_extra() -> None:
    records = [stance("SWE", "warships", "support"), stance("SWE", "fishing", "support")]
    assert score([article(stances=[STANCE])], records).stances.extra == 1


COMMITMENT = {"giver": {"country": ["NOR"]}, "receiver": {"country": ["UKR", None]},
              "what_keywords": ["warship"], "negated": True, "required": True}


def commitment(giver: str | None, what: str, context: list[str], receiver: str | None = None
               ) -> dict[str, Any]:
    return {"kind": "commitment", "article_id": "a1", "giver": actor(giver),
            "receiver": actor(receiver) if receiver else None, "what": what,
            "context": context, "evidence": {"article_id": "a1", "sentence": 0, "text": "x"}}


def test_commitment_needs_negation_exactly_when_gold_is_negated() -> None:
    gold = [article(commitments=[COMMITMENT])]
    assert score(gold, [commitment("NOR", "Warships", ["negation"])]).commitments.correct == 1
    assert score(gold, [commitment("NOR", "warships", ["future"])]).commitments.correct == 0


def test_commitment_receiver_null_accepts_missing_receiver_but_not_another_country() -> None:
    gold = [article(commitments=[COMMITMENT])]
    wrong = commitment("NOR", "warships", ["negation"], receiver="RUS")
    assert score(gold, [wrong]).commitments.correct == 0
    assert score(gold, [wrong]).error_lines() == [
        "PLEDGE a1: ['NOR'] ['warship'] negated=True missing"]


def test_optional_stances_and_commitments_are_not_counted() -> None:
    gold = [article(stances=[dict(STANCE, required=False)],
                    commitments=[dict(COMMITMENT, required=False)])]
    report = score(gold, [])
    assert (report.stances.total, report.commitments.total) == (0, 0)
    assert report.to_dict()["stances"]["accuracy"] is None


def test_report_dict_rounds_rates_and_lines_show_each_level() -> None:
    golds = [article([gold_event("Brazil condemned", "ACCUSE"),
                      gold_event("Chile and Peru agreed", "AGREE"),
                      gold_event("Norway said", "CONSULT")])]
    report = score(golds, [event("Brazil condemned", "ACCUSE"), event("warships", "AID")])
    assert report.to_dict()["events"]["type"] == {"precision": 0.5, "recall": 0.3333,
                                                  "f1": 0.4, "tp": 1, "fp": 1, "fn": 2}
    lines = report.lines()
    assert lines[0] == "events/type  P=0.500 R=0.333 F1=0.400  (tp=1 fp=1 fn=2)"
    assert any(line.strip().startswith("ACCUSE") for line in lines)


def test_error_lines_name_the_missed_evidence_and_the_extra_record() -> None:
    golds = [article([gold_event("Brazil condemned", "ACCUSE")])]
    lines = score(golds, [event("warships", "AID", "NOR", context=["future"])]).error_lines()
    assert lines == ["MISS  a1: 'Brazil condemned' ['ACCUSE']",
                     "EXTRA a1: AID NOR->None ctx=['future'] 'warships'"]


def test_read_records_rejects_a_line_that_is_not_an_object(tmp_path: Any) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text(json.dumps(event("Brazil", "ACCUSE")) + "\n\n[1, 2]\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"out.jsonl', line 3"):
        read_records(path)
    path.write_text(json.dumps(event("Brazil", "ACCUSE")) + "\n", encoding="utf-8")
    assert read_records(path)[0]["event_type"] == "ACCUSE"


def test_commitment_without_top_level_article_id_is_not_scored_and_warned(
        caplog: pytest.LogCaptureFixture) -> None:
    # score.py assigns records by their top-level article_id; evidence.article_id is not used.
    record = commitment("NOR", "warships", ["negation"])
    del record["article_id"]
    report = score([article(commitments=[COMMITMENT])], [record])
    assert (report.commitments.correct, report.commitments.total) == (0, 1)
    assert "1 commitment records not scored" in caplog.text


def test_lines_leave_out_stances_and_commitments_without_gold() -> None:
    lines = score([article([gold_event("Brazil condemned", "ACCUSE")])], []).lines()
    assert not any(line.startswith(("stances", "commitments")) for line in lines)
    assert lines[3].split()[:4] == ["event", "type", "type", "dyad"]
