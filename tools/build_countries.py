"""Build wirecoder/data/actors/countries.jsonl from the mledoze/countries facts (ODbL 1.0).

Usage: python tools/build_countries.py [path/to/mledoze_countries.json]
Writes our own format (see wirecoder/data/actors/README.md): one country a line, sorted by code.
Seats of power used as metonyms live in seats.jsonl, written by hand.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

SOURCE = Path("/work/shared/reference/countries/mledoze_countries.json")
TARGET = (
    Path(__file__).resolve().parent.parent / "wirecoder" / "data" / "actors" / "countries.jsonl"
)
SOURCE_NOTE = "mledoze/countries (ODbL 1.0), names, capitals and demonyms"

# Non-members we code as states, and the code we use for them (mledoze says UNK for Kosovo).
EXTRA = {"VAT": "VAT", "PSE": "PSE", "TWN": "TWN", "UNK": "XKX"}
# Territories that act in the news often enough to be coded as their own actor.
TERRITORIES = {"GRL", "HKG", "MAC", "PRI", "ESH"}
# Aliases English news uses that the source lacks (or spells otherwise).
ADD_ALIASES = {
    "USA": ["U.S.", "U.S.A.", "America", "the United States", "the US", "the U.S."],
    "GBR": ["Britain", "U.K.", "the UK", "the United Kingdom", "England", "Scotland", "Wales",
            "Northern Ireland"],
    "RUS": ["the Russian Federation"],
    "CHN": ["PRC", "People's Republic of China", "mainland China"],
    "COD": [
        "Congo-Kinshasa", "the DRC", "DRC", "D.R. Congo", "DR Congo", "Democratic Republic of Congo"
    ],
    "COG": ["Republic of Congo", "Congo Republic", "Congo-Brazzaville"],
    "NLD": ["the Netherlands"],
    "PHL": ["the Philippines"],
    "ARE": ["the UAE", "the Emirates"],
    "TUR": ["Turkey", "Türkiye"],
    "CZE": ["Czech Republic", "Czechia"],
    "IRN": ["Persia"],
    "KOR": ["Korea"],
    "PRK": ["the DPRK"],
    "VAT": ["the Holy See", "the Vatican", "Holy See"],
    "PSE": ["Palestinian territories", "the Palestinian territories", "West Bank",
            "the West Bank", "Gaza", "the Gaza Strip", "Gaza Strip"],
    "MKD": ["Macedonia"],
    "CIV": ["Cote d'Ivoire", "Ivory Coast", "the Ivory Coast"],
    "MMR": ["Burma"],
    "SWZ": ["Swaziland"],
    "CPV": ["Cabo Verde"],
    "XKX": ["Kosova"],
    "TLS": ["East Timor"],
    "GMB": ["the Gambia"],
    "BHS": ["the Bahamas"],
    "BIH": ["Bosnia"],
}
ADD_DEMONYMS = {
    "USA": ["US", "U.S.", "American"],
    "GBR": ["UK", "U.K.", "British", "Briton", "Britons"],
    "ARE": ["Emirati", "UAE"],
    "SAU": ["Saudi"],
    "PSE": ["Palestinian"],
    "CHN": ["Chinese"],
    "NLD": ["Dutch"],
    "PHL": ["Philippine", "Filipino"],
    "ISR": ["Israeli"],
    "COD": ["DRC", "Congolese"],
    "TUR": ["Turkish"],
    "CZE": ["Czech"],
    "AFG": ["Afghan"],
    "NZL": ["New Zealand"],
    "KOR": ["South Korean"],
    "PRK": ["North Korean"],
    "BIH": ["Bosnian"],
    "CAF": ["Central African"],
    "SSD": ["South Sudanese"],
    "XKX": ["Kosovan"],
    "QAT": ["Qatari"],
    "BHR": ["Bahraini"],
    "OMN": ["Omani"],
    "YEM": ["Yemeni"],
    "IRQ": ["Iraqi"],
    "NER": ["Nigerien"],
    "AZE": ["Azeri"],
    "BLR": ["Belarusian", "Belarussian"],
    "UKR": ["Ukrainian"],
    "SYR": ["Syrian"],
    "LBN": ["Lebanese"],
    "SDN": ["Sudanese"],
    "MMR": ["Myanmar", "Burmese"],
    "VEN": ["Venezuelan"],
    "IND": ["Indian"],
    "PAK": ["Pakistani"],
    "KGZ": ["Kyrgyz"],
    "KAZ": ["Kazakh"],
    "TJK": ["Tajik"],
    "TKM": ["Turkmen"],
    "UZB": ["Uzbek"],
    "MDA": ["Moldovan"],
    "SVK": ["Slovak"],
    "SVN": ["Slovene", "Slovenian"],
    "HRV": ["Croat", "Croatian"],
    "SRB": ["Serb", "Serbian"],
    "CIV": ["Ivorian"],
    "LAO": ["Laotian"],
}
# Former names of a state, and the states that continue a dissolved one (Russia the USSR's
# seat at the UN, Serbia Yugoslavia's, Germany West Germany's), for dated and archive text.
FORMER_NAMES = {
    "COD": ["Zaire"], "LKA": ["Ceylon"], "KHM": ["Kampuchea", "Democratic Kampuchea"],
    "ZWE": ["Rhodesia"], "BEN": ["Dahomey"], "BFA": ["Upper Volta"], "THA": ["Siam"],
    "BLR": ["Byelorussia", "Belorussia"], "MDA": ["Moldavia"], "KGZ": ["Kirghizia"],
    "TWN": ["Formosa"], "RUS": ["the Soviet Union", "Soviet Union", "USSR", "the USSR"],
    "SRB": ["Yugoslavia", "Serbia and Montenegro"], "DEU": ["West Germany"],
}
FORMER_DEMONYMS = {
    "COD": ["Zairean", "Zairian"], "LKA": ["Ceylonese"], "KHM": ["Kampuchean"],
    "ZWE": ["Rhodesian"], "THA": ["Siamese"], "BLR": ["Byelorussian"], "RUS": ["Soviet"],
    "SRB": ["Yugoslav"], "DEU": ["West German"],
}
# Regions inside one state that news names in place of it ("Darfur rebels", "Chechen
# refugees", "fighting in Donbas"): a cue for that state, as England is for the UK. Regions
# two states claim or share (Kashmir, Kurdistan, Punjab, Baluchistan) are left out.
SUBNATIONAL = {
    "SDN": ["Darfur", "Kordofan", "South Kordofan", "North Darfur", "West Darfur"],
    "RUS": ["Chechnya", "Chechnia", "Dagestan", "Ingushetia", "Siberia", "Tatarstan"],
    "UKR": ["Crimea", "Donbas", "Donbass"],
    "ETH": ["Tigray", "Oromia", "Ogaden"],
    "CHN": ["Xinjiang", "Tibet", "Inner Mongolia"],
    "IDN": ["Aceh", "West Papua"],
    "PHL": ["Mindanao"],
    "PAK": ["Sindh", "Khyber Pakhtunkhwa", "Waziristan", "North Waziristan"],
    "GEO": ["Abkhazia", "South Ossetia"],
    "MDA": ["Transnistria", "Transdniestria"],
    "AZE": ["Nagorno-Karabakh"],
    "ESP": ["Catalonia"],
    "FRA": ["Corsica"],
    "CAN": ["Quebec"],
    "SEN": ["Casamance"],
    "AGO": ["Cabinda"],
    "NGA": ["Biafra", "Niger Delta", "Borno"],
    "COD": ["North Kivu", "South Kivu", "Kivu", "Ituri", "Katanga"],
    "MMR": ["Rakhine", "Shan State", "Kachin State"],
    "EGY": ["Sinai", "the Sinai"],
    "IND": ["Assam", "Manipur"],
    "MLI": ["Azawad"],
    "YEM": ["Hadramawt", "Hadramout"],
}
SUBNATIONAL_DEMONYMS = {
    "RUS": ["Chechen", "Dagestani", "Ingush"], "UKR": ["Crimean"], "ETH": ["Tigrayan"],
    "CHN": ["Tibetan", "Uighur", "Uyghur"], "IDN": ["Acehnese"], "ESP": ["Catalan"],
    "FRA": ["Corsican"], "SDN": ["Darfuri"], "MMR": ["Rohingya"], "CAN": ["Quebecois"],
}
# Demonyms two states share: the one English news nearly always means.
DROP_DEMONYMS = {"COG": {"Congolese"}, "DMA": {"Dominican"}}
KEEP_CODES_AS_ALIAS = {"US"}


def is_latin(text: str) -> bool:
    """True when every letter of the text is a Latin letter (drops native-script names)."""
    return all("LATIN" in unicodedata.name(ch, "") for ch in text if ch.isalpha())


def clean(names: list[str], code2: str) -> list[str]:
    """Latin-script names without two-letter codes, first spelling of each kept once."""
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        name = name.strip()
        if not name or not is_latin(name) or "," in name:
            continue
        if name == code2 and name not in KEEP_CODES_AS_ALIAS:
            continue
        if name.lower() not in seen:
            seen.add(name.lower())
            out.append(name)
    return out


def build_entry(raw: dict) -> dict:
    """One of our country entries from one mledoze record."""
    code = EXTRA.get(raw["cca3"], raw["cca3"])
    name = raw["name"]["common"]
    names = [raw["name"]["official"], *raw.get("altSpellings", []), *ADD_ALIASES.get(code, []),
             *FORMER_NAMES.get(code, []), *SUBNATIONAL.get(code, [])]
    aliases = [a for a in clean(names, raw["cca2"]) if a != name]
    eng = (raw.get("demonyms") or {}).get("eng") or {}
    demonyms = clean([eng.get("m", ""), eng.get("f", ""), *ADD_DEMONYMS.get(code, []),
                      *FORMER_DEMONYMS.get(code, []), *SUBNATIONAL_DEMONYMS.get(code, [])], "")
    demonyms = [d for d in demonyms if d not in DROP_DEMONYMS.get(code, set())]
    return {
        "id": code,
        "name": name,
        "aliases": aliases,
        "demonyms": demonyms,
        "capitals": clean(raw.get("capital", []), ""),
        "region": raw.get("region") or None,
        "subregion": raw.get("subregion") or None,
        "un_member": bool(raw.get("unMember")),
        "source": SOURCE_NOTE,
    }


def build(source: Path) -> list[dict]:
    """Every UN member and observer, Kosovo, Taiwan, Palestine and a few territories."""
    raw = json.loads(source.read_text(encoding="utf-8"))
    keep = [r for r in raw if r.get("unMember") or r["cca3"] in EXTRA or r["cca3"] in TERRITORIES]
    return sorted((build_entry(r) for r in keep), key=lambda e: e["id"])


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else SOURCE
    entries = build(source)
    with TARGET.open("w", encoding="utf-8") as out:
        for entry in entries:
            out.write(json.dumps(entry, ensure_ascii=False) + "\n")
    print(f"wrote {len(entries)} countries to {TARGET}")  # a build tool, not library code
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
