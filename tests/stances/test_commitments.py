"""Commitments from our own sentences: pledges, conditions, refusals, hedged offers, groups."""

from __future__ import annotations

import wirecoder
from wirecoder.records import CommitmentRecord


def _pledges(coder, text, date="2025-06-10"):
    return [r for r in wirecoder.code_text(text, date=date, coder=coder)
            if isinstance(r, CommitmentRecord)]


def test_pledge_with_a_condition_keeps_the_condition(coder):
    (pledge,) = _pledges(coder, "Britain pledged to deploy fighter jets to Ukraine once a "
                                "ceasefire is signed.")
    assert pledge.giver.country == "GBR"
    assert "jet" in pledge.what or "air" in pledge.what
    assert pledge.condition and "ceasefire" in pledge.condition
    assert "negation" not in pledge.context


def test_refusal_to_send_is_a_negated_commitment(coder):
    (pledge,) = _pledges(coder, "Slovakia will not send troops to Ukraine, its prime minister "
                                "said.")
    assert pledge.giver.country == "SVK" and pledge.what == "troops"
    assert "negation" in pledge.context


def test_refused_to_provide_weapons_is_negated_too(coder):
    (pledge,) = _pledges(coder, "Austria refused to provide weapons to Ukraine.")
    assert pledge.giver.country == "AUT" and "weapons" in pledge.what
    assert "negation" in pledge.context


def test_hedged_offer_is_hypothetical(coder):
    (pledge,) = _pledges(coder, "Japan could provide funding for the reconstruction of "
                                "Ukraine.")
    assert pledge.giver.country == "JPN" and pledge.what == "money"
    assert "hypothetical" in pledge.context and "negation" not in pledge.context


def test_group_giver_stays_a_group(coder):
    (pledge,) = _pledges(coder, "Thirty countries promised Ukraine binding security "
                                "guarantees on Friday.")
    assert pledge.giver.country is None and "countries" in pledge.giver.text
    assert pledge.receiver is not None and pledge.receiver.country == "UKR"
    assert pledge.what == "security guarantees"


def test_receiver_from_to_phrase(coder):
    (pledge,) = _pledges(coder, "Germany will deliver air defence systems to Ukraine next "
                                "month.")
    assert pledge.giver.country == "DEU" and pledge.receiver.country == "UKR"
    assert "future" in pledge.context


def test_commitment_to_a_gerund_names_what_is_committed(coder):
    (pledge,) = _pledges(coder, "A group of nations has committed to deploying troops to "
                                "Ukraine after the war.")
    assert pledge.what == "troops" and pledge.giver.country is None
