"""Where an event took place, and what the place says about who took part: the state
of a town an attack hit, police acting in a capital, a protest's addressee."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from wirecoder.events.places import Gazetteer
from wirecoder.records import Actor, Location

PLACE_PREPS = {"in", "at", "near", "outside", "off", "through", "across", "around", "inside"}
# Where forces or aid are sent is where the event is, when nothing else says so.
DESTINATION_PREPS = {"to", "into"}
DEPLOYING_VERBS = {"send", "deploy", "dispatch", "redeploy", "move", "fly", "ship", "rush",
                   "airlift", "order"}
# "the city of El Fasher": a settlement noun whose 'of' object names the place.
SETTLEMENT_NOUNS = {"city", "town", "village", "region", "province", "district", "port",
                    "capital", "area", "state"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Types whose unnamed participants and targets belong to the place where they happen.
DOMESTIC_TYPES = {"ASSAULT", "COERCE", "PROTEST"}
# Prepositions that make a place the target of an act rather than where it happens.
TARGET_PREPS = frozenset({"at", "into", "across", "on", "toward", "towards", "against"})
# Material acts and threats with no named target that are aimed at the state they happen in.
PLACED_TYPES = frozenset({"THREATEN", "MOBILIZE", "SANCTION", "AID"})
# Attackers with no state named who are coded with the country they strike in (ICEWS
# "Militant (Pakistan)"); unnamed troops may be a foreign army and keep no country.
LOCAL_ATTACKERS = {"REB", "COP", "UAF"}


class EventPlaces:
    """Locations of events from a gazetteer, and the state-level actors they imply."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def location_of(self, trigger: Token, scope: list[Token]) -> Location | None:
        """Where the event took place: a place phrase on the trigger or its nouns ("talks in
        Geneva"), else one on a participant ("security forces in Niamey")."""
        heads = {trigger.i} | {t.i for t in scope if t.head.i == trigger.i and t.pos_ == "NOUN"}
        direct: list[Location | None] = []
        fallback: list[Location | None] = []
        for token in scope:
            if token.ent_type_ not in PLACE_LABELS and not (
                    token.pos_ == "PROPN" and self.gazetteer.lookup(token.text)):
                continue  # the tagger misses some places ("Odesa" as a language)
            if token.dep_ == "compound" and token.head.i == trigger.i:
                direct.append(self._place(token))
            elif token.dep_ == "pobj" and token.head.lower_ == "of" and \
                    token.head.head.lemma_.lower() in SETTLEMENT_NOUNS:
                fallback.append(self._place(token))
            elif token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPS:
                on_event = token.head.head.i in heads | {trigger.head.i}
                (direct if on_event else fallback).append(self._place(token))
            elif token.dep_ == "pobj" and token.head.lower_ in DESTINATION_PREPS and \
                    token.head.head.i == trigger.i and \
                    trigger.lemma_.lower() in DEPLOYING_VERBS:
                fallback.append(self._place(token))  # "sent troops to Maiduguri": there
        found = [p for p in direct + fallback if p is not None]
        if not found:
            return None
        first = found[0]
        if first.lat is None and first.country:
            # a town named beside its region ("Uvira in South Kivu") is the more precise place
            return next((p for p in found if p.lat is not None and p.country == first.country),
                        first)
        return first

    def is_target(self, trigger: Token, location: Location | None) -> bool:
        """The place is what the act is aimed at ("fired rockets at northern Israel",
        "drones flew into Poland"), not where the actors are."""
        if location is None or not location.country:
            return False
        for prep in (*trigger.children, *(g for c in trigger.children if c.dep_ == "dobj"
                                           for g in c.children)):
            if prep.dep_ == "prep" and prep.lower_ in TARGET_PREPS:
                for obj in prep.children:
                    found = self.gazetteer.lookup(entity_text(obj)) if obj.dep_ == "pobj" \
                        else None
                    if found is not None and found.country == location.country:
                        return True
        return False

    def _place(self, token: Token) -> Location | None:
        """The gazetteer's location for a place name; a named sea, shoal or landmark it does
        not know keeps its name without a country."""
        name = entity_text(token)
        found = self.gazetteer.lookup(name)
        if found is None and token.ent_type_ in {"LOC", "FAC"}:
            return Location(name=name.removeprefix("the ").strip(), country=None, lat=None,
                            lon=None)
        return found

    def _country_actor(self, location: Location | None, text: str) -> Actor | None:
        """The state a place belongs to, as an actor ("a depot in Port Sudan": Sudan)."""
        if location is None or not location.country:
            return None
        name = self.gazetteer.country_name(location.country) or location.country
        return Actor(text=text, name=name, country=location.country)

    def domestic(self, event_type: str, mode: str | None, sources: list[Actor | None],
                  recipient: Actor | None, location: Location | None, unnamed: str = "",
                  targeted: bool = False) -> tuple[list[Actor | None], Actor | None]:
        """Fill in the state where violence, coercion and protest happen: victims and
        unnamed police in a place belong to it; protest and coercion with no named target
        are aimed at that state (or the source's own); an attack with no named attacker
        (`unnamed` is the phrase that tells it, "a car bomb") is by unidentified forces there."""
        sources, recipient = home_side(sources, recipient)
        if location is not None and location.country and event_type not in MEETING_TYPES \
                and not targeted:
            # "opposition leaders agreed to postpone the march in Baku": rebels, opposition,
            # civilians, police and courts act where they are (ICEWS "Opposition (Azerbaijan)")
            sources = [_placed(s, location.country) for s in sources]
            recipient = _placed(recipient, location.country)
        if event_type == "CONSULT" and recipient is None and location is not None:
            # "leaders met in Paris": who comes to a country's city visits that country
            host = self._country_actor(location, location.name)
            if host is not None and len(sources) < 2 and \
                    all(s is None or s.country != host.country for s in sources):
                return sources, host
        if event_type in PLACED_TYPES and recipient is None and location is not None:
            # "troops on alert in the West Bank", "suspended deliveries in Baghdad", "threatened
            # to impose a curfew in Algiers": what is done in a place is aimed at its state
            # (unless that is the source's own: a state mobilising at home aims at nobody)
            target = self._country_actor(location, location.name)
            if target is not None and any(s is not None for s in sources) and (
                    event_type == "THREATEN" or
                    all(s is None or s.country != target.country for s in sources)):
                return sources, target
        if event_type not in DOMESTIC_TYPES and not (event_type == "RETREAT" and mode is None):
            return sources, recipient
        country = location.country if location is not None else None
        if country and not (event_type == "ASSAULT" and targeted):
            # lifting a curfew is domestic too; gunmen and police belong where they act (but
            # "fired rockets at northern Israel" names the target, not where they are)
            local = LOCAL_ATTACKERS if event_type == "ASSAULT" else None
            sources = [replace(s, country=country) if s is not None and not s.country
                       and s.sector and (local is None or s.sector in local) else s
                       for s in sources]
        if event_type == "ASSAULT" and country and unnamed and not targeted and \
                all(s is None for s in sources):
            # "a roadside bomb near Samarra killed two soldiers": an attacker nobody names is
            # coded, as ICEWS does, as unidentified armed forces of the place (CAMEO UAF)
            name = self.gazetteer.country_name(country) or country
            sources = [Actor(text=unnamed, name=f"unidentified attackers ({name})",
                             country=country, sector="UAF")]
        if recipient is not None and not recipient.country and country:
            return sources, replace(recipient, country=country)
        if all(s is None for s in sources):
            return sources, recipient  # "the marathon will march through London": nobody acts
        if recipient is None:
            recipient = self._country_actor(location, location.name if location else "")
            if recipient is not None and event_type == "PROTEST":
                recipient = replace(recipient, sector="GOV")  # protest addresses the state
        if recipient is None and event_type != "ASSAULT":
            home = next((s for s in sources if s is not None and s.country
                         and len(s.country) == 3 and s.country != "IGO"), None)
            if home is not None:
                recipient = self._country_actor(Location(home.name, home.country, None, None),
                                                home.text)
                if recipient is not None and event_type == "PROTEST":
                    recipient = replace(recipient, sector="GOV")
        return sources, recipient


def home_side(sources: list[Actor | None], recipient: Actor | None
              ) -> tuple[list[Actor | None], Actor | None]:
    """Police and courts act at home, and an opposition opposes its own government: the
    unnamed civilians, strikers or dissidents they face belong to their state ("Egyptian
    police dispersed demonstrators": Egyptian demonstrators)."""
    states = [a for a in (*sources, recipient) if a is not None and a.country
              and len(a.country) == 3 and a.country not in CAMEO_BLOCS]
    for state in states:
        for side in HOME_SIDES.get(state.sector or "", ()):
            def homed(actor: Actor | None, side: frozenset[str] = side,
                      country: str = state.country or "") -> Actor | None:
                if actor is None or actor.country or actor.actor_id or actor.sector not in side:
                    return actor
                return replace(actor, country=country)
            sources, recipient = [homed(a) for a in sources], homed(recipient)
    return sources, recipient


# The people of a state, outside its government: civilians, opposition, workers, students,
# clergy and ethnic groups (the sector sets below build on this one).
PEOPLE_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "REL", "ETH"})


def _placed(actor: Actor | None, country: str) -> Actor | None:
    """A non-state actor with no country, given the country of the place it acts in."""
    if actor is None or actor.country or actor.actor_id or actor.sector not in LOCAL_SECTORS:
        return actor
    return replace(actor, country=country)


# Sectors whose unnamed members act where they live; meetings and joint action often take
# place abroad ("opposition leaders met in Geneva"), so they keep no country from the place.
LOCAL_SECTORS = PEOPLE_SECTORS | {"REB", "COP", "JUD"}
MEETING_TYPES = frozenset({"CONSULT", "COOPERATE"})
# Which unnamed counterparts an agent of a state faces at home, by the agent's sector.
CIVIL_SECTORS = PEOPLE_SECTORS | {"MED"}
# Sectors that can stand against their own state: "Khartoum accused Darfur rebels" has Sudan
# on both sides, and is no event of a state with itself.
OPPONENT_SECTORS = CIVIL_SECTORS | {"REB", "REF", "AGR", "BUS", "HLH", "NGO"}
HOME_SIDES = {"COP": (CIVIL_SECTORS | {"REB"},), "JUD": (CIVIL_SECTORS,),
              "GOV": (frozenset({"OPP"}),)}
CAMEO_BLOCS = frozenset({"IGO", "WST", "EUR", "AFR", "ASA", "MEA", "ARB", "GLF", "IMG"})


def entity_text(token: Token) -> str:
    """The text of the named entity a token belongs to (the token's own text otherwise)."""
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent.text
    return token.text
