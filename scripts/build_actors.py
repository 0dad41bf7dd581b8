"""Build src/dateline/resources/countries.jsonl: every ISO 3166-1 country as a GPE actor, its demonyms as a
NORP actor, and its government and armed forces as GOV and MIL actors.

Reproducible from PyPI package data: country codes and names from pycountry, demonyms and English formal
names from countryinfo (build time only: the `gazetteer-build` extra, or `pip install countryinfo==1.0.1`).
The short forms news writes ("US", "Britain", "DRC"), demonym fixes and the Wikidata ids we are sure of are
written out below.
Hand-curated actors live in resources/actors.jsonl; entries with the same key are merged at load time.

Usage: python scripts/build_actors.py [--check]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[1] / "src" / "dateline" / "resources" / "countries.jsonl"

# The name news uses where ISO's is formal or inverted.
NAMES = {
    "RUS": "Russia", "TUR": "Turkey", "COD": "Democratic Republic of the Congo", "COG": "Republic of the Congo",
    "GBR": "United Kingdom", "USA": "United States", "PSE": "Palestine", "VAT": "Vatican City",
    "CIV": "Ivory Coast", "KOR": "South Korea", "PRK": "North Korea", "CZE": "Czech Republic", "SWZ": "Eswatini",
    "CPV": "Cape Verde", "TLS": "East Timor", "MMR": "Myanmar", "SYR": "Syria", "IRN": "Iran", "LAO": "Laos",
    "VNM": "Vietnam", "TWN": "Taiwan", "BOL": "Bolivia", "VEN": "Venezuela", "TZA": "Tanzania", "MDA": "Moldova",
    "FSM": "Micronesia", "BRN": "Brunei", "MKD": "North Macedonia", "BHS": "Bahamas", "GMB": "Gambia",
    "NLD": "Netherlands", "PHL": "Philippines", "ARE": "United Arab Emirates",
}

# Other names and short forms in English news (acronyms match only in capitals).
EXTRA_NAMES = {
    "USA": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America", "the United States"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"],
    "RUS": ["Russian Federation"], "TUR": ["Türkiye", "Turkiye", "Republic of Turkey"],
    "COD": ["DRC", "DR Congo", "D.R. Congo", "Congo", "Congo-Kinshasa", "Democratic Republic of Congo",
            "Democratic Republic of the Congo"],
    "COG": ["Congo-Brazzaville", "Congo Republic", "Republic of Congo"],
    "CIV": ["Côte d'Ivoire", "Cote d'Ivoire", "Côte d’Ivoire"],
    "MMR": ["Burma"], "CZE": ["Czechia"], "SWZ": ["Swaziland"], "CPV": ["Cabo Verde"], "TLS": ["Timor-Leste"],
    "MKD": ["Macedonia"], "PRK": ["DPRK", "Democratic People's Republic of Korea"], "KOR": ["Republic of Korea"],
    "CHN": ["PRC", "People's Republic of China", "mainland China"], "ARE": ["UAE", "U.A.E."],
    "PSE": ["State of Palestine", "Palestinian territories", "occupied Palestinian territories"],
    "VAT": ["Vatican", "Holy See"], "NLD": ["Holland", "The Netherlands"], "CAF": ["CAR"],
    "SAU": ["Saudi", "Kingdom of Saudi Arabia", "KSA"], "BIH": ["Bosnia", "Bosnia-Herzegovina"],
    "SYR": ["Syrian Arab Republic"], "IRN": ["Islamic Republic of Iran"], "GEO": [], "VNM": ["Viet Nam"],
}

# Demonyms: countryinfo's, corrected and completed (first is the canonical adjective).
DEMONYMS = {
    "USA": ["American"], "GBR": ["British", "Briton"], "ARG": ["Argentine", "Argentinian"], "KGZ": ["Kyrgyz"],
    "TJK": ["Tajik"], "SVN": ["Slovenian", "Slovene"], "UZB": ["Uzbek"], "KAZ": ["Kazakh", "Kazakhstani"],
    "CPV": ["Cape Verdean"], "ECU": ["Ecuadorian"], "MDV": ["Maldivian"], "SAU": ["Saudi", "Saudi Arabian"],
    "ARE": ["Emirati"], "NLD": ["Dutch"], "PHL": ["Filipino", "Philippine"], "BIH": ["Bosnian"],
    "ISL": ["Icelandic"], "DNK": ["Danish", "Dane"], "FIN": ["Finnish", "Finn"], "SWE": ["Swedish", "Swede"],
    "POL": ["Polish", "Pole"], "ESP": ["Spanish", "Spaniard"], "TUR": ["Turkish", "Turk"], "LAO": ["Lao", "Laotian"],
    "SRB": ["Serbian", "Serb"], "HRV": ["Croatian", "Croat"], "NPL": ["Nepali", "Nepalese"],
    "BFA": ["Burkinabe", "Burkinabè"], "AZE": ["Azerbaijani", "Azeri"], "MMR": ["Burmese", "Myanmar"],
    "LUX": ["Luxembourgish", "Luxembourger"], "COD": ["Congolese"], "PSE": ["Palestinian"], "CIV": ["Ivorian"],
    "PRK": ["North Korean"], "KOR": ["South Korean"], "TWN": ["Taiwanese"], "SSD": ["South Sudanese"],
    "YEM": ["Yemeni"], "SOM": ["Somali"], "BLR": ["Belarusian"], "ZAF": ["South African"], "GNB": ["Bissau-Guinean"],
    "TKM": ["Turkmen"], "CHE": ["Swiss"], "NZL": ["New Zealander"], "VAT": ["Vatican"], "SYC": ["Seychellois"],
    "QAT": ["Qatari"], "LKA": ["Sri Lankan"], "TLS": ["Timorese", "East Timorese"], "MKD": ["Macedonian"],
}

# Territories whose countryinfo demonym belongs to another country ("French" for Réunion).
NO_DEMONYM = {"ATF", "MTQ", "MYT", "REU", "SPM", "SJM", "IOT", "MNP", "HKG", "MAC", "GGY", "JEY", "GLP", "GUF",
              "BLM", "MAF", "UMI", "ASM", "VIR", "VGB", "CXR", "GIB", "DJI", "BVT", "HMD", "ATA", "TKL", "NFK"}

# Wikidata ids of countries (only those we are certain of; the rest stay null).
WIKIDATA = {
    "USA": "Q30", "GBR": "Q145", "FRA": "Q142", "DEU": "Q183", "RUS": "Q159", "CHN": "Q148", "SYR": "Q858",
    "IRQ": "Q796", "IRN": "Q794", "ISR": "Q801", "TUR": "Q43", "UKR": "Q212", "AFG": "Q889", "PAK": "Q843",
    "IND": "Q668", "JPN": "Q17", "ITA": "Q38", "ESP": "Q29", "CAN": "Q16", "AUS": "Q408", "EGY": "Q79",
    "SAU": "Q851", "YEM": "Q805", "LBY": "Q1016", "LBN": "Q822", "JOR": "Q810", "SDN": "Q1049", "SSD": "Q958",
    "SOM": "Q1045", "ETH": "Q115", "NGA": "Q1033", "MLI": "Q912", "NER": "Q1032", "BFA": "Q965", "TCD": "Q657",
    "COD": "Q974", "KEN": "Q114", "MMR": "Q836", "MEX": "Q96", "COL": "Q739", "VEN": "Q717", "BRA": "Q155",
    "HTI": "Q790", "ARM": "Q399", "AZE": "Q227", "GEO": "Q230", "BLR": "Q184", "POL": "Q36", "KAZ": "Q232",
    "QAT": "Q846", "ARE": "Q878", "PRK": "Q423", "KOR": "Q884", "PSE": "Q219060", "MOZ": "Q1029", "CUB": "Q241",
    "DZA": "Q262", "TUN": "Q948", "MAR": "Q1028", "ERI": "Q986", "UGA": "Q1036", "RWA": "Q1037", "BHR": "Q398",
    "OMN": "Q842", "KWT": "Q817", "BGD": "Q902", "LKA": "Q854", "IDN": "Q252", "PHL": "Q928", "VNM": "Q881",
    "THA": "Q869", "BEL": "Q31", "SWE": "Q34", "NOR": "Q20", "FIN": "Q33", "DNK": "Q35", "GRC": "Q41",
    "CHE": "Q39", "AUT": "Q40", "HUN": "Q28", "ROU": "Q218", "BGR": "Q219", "SRB": "Q403", "HRV": "Q224",
    "PRT": "Q45", "IRL": "Q27", "ARG": "Q414", "CHL": "Q298", "PER": "Q419", "ZAF": "Q258", "CZE": "Q213",
    "LTU": "Q37", "LVA": "Q211", "EST": "Q191", "MDA": "Q217", "NZL": "Q664", "CYP": "Q229",
}

# Non-ISO entities news treats as countries.
EXTRA_COUNTRIES = [
    {"key": "XKX", "name": "Kosovo", "aliases": ["Kosovo", "Republic of Kosovo"], "demonyms": ["Kosovar"],
     "wikidata": "Q1246"},
]

_FORMAL = re.compile(r"\b(Republic|Kingdom|State|Federation|Commonwealth|Union|Principality|Sultanate|Emirate|"
                     r"Confederation|Territory)\b")
_INVARIANT = ("ese", "ish", "ch", "ss", "Swiss", "Lao", "Myanmar", "Vatican", "Seychellois", "Burkinabe",
              "Burkinabè", "Turkmen")
_GOV_NOUNS = ["government", "authorities", "administration", "regime", "cabinet"]
_MIL_NOUNS = ["army", "military", "armed forces", "troops", "forces", "soldiers", "government forces",
              "government troops", "defence forces", "defense forces"]


def plural(demonym: str) -> str | None:
    """The plural noun of a demonym ("Syrian" -> "Syrians"), None when it has none ("British", "Chinese")."""
    if demonym.endswith(_INVARIANT) or " " in demonym and demonym.split()[-1].endswith(_INVARIANT):
        return None
    return demonym + "s"


def country_rows() -> list[dict[str, Any]]:
    """(alpha3, canonical name, aliases, demonyms, population) for every ISO country plus the extras."""
    from importlib import resources

    import pycountry

    info = {}
    files = sorted(resources.files("countryinfo").joinpath("data").iterdir(), key=lambda f: f.name)
    for d in (json.loads(f.read_text(encoding="utf-8")) for f in files if f.name.endswith(".json")):
        code = (d.get("ISO") or {}).get("alpha3")
        if code and code not in info:
            info[code] = d
    rows = []
    for c in pycountry.countries:
        d = info.get(c.alpha_3, {})
        forms = [getattr(c, "common_name", None), c.name, getattr(c, "official_name", None), d.get("name")]
        forms += [s for s in d.get("altSpellings", []) if _FORMAL.search(s or "")]
        names = [n.strip() for n in forms if n and "," not in n and "(" not in n]
        name = NAMES.get(c.alpha_3) or (names[0] if names else c.name)
        aliases = list(dict.fromkeys([name, *names, *EXTRA_NAMES.get(c.alpha_3, [])]))
        aliases = [a[4:] if a.startswith("the ") and a[4:] in aliases else a for a in aliases]
        demonyms = DEMONYMS.get(c.alpha_3) or []
        if not demonyms and c.alpha_3 not in NO_DEMONYM and d.get("demonym"):
            demonyms = [x.strip() for x in re.split(r"[,/]", d["demonym"]) if x.strip() and x.strip() != name]
        rows.append({"key": c.alpha_3, "name": name, "aliases": list(dict.fromkeys(aliases)),
                     "demonyms": demonyms, "population": int(d.get("population") or 0),
                     "wikidata": WIKIDATA.get(c.alpha_3)})
    for extra in EXTRA_COUNTRIES:
        rows.append({**extra, "population": 0})
    return rows


def actor_lines(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The GPE, NORP, GOV and MIL actors of every country; a demonym shared by several goes to the most populous."""
    owner: dict[str, tuple[int, str]] = {}
    for r in rows:
        for dem in r["demonyms"]:
            if dem not in owner or owner[dem][0] < r["population"]:
                owner[dem] = (r["population"], r["key"])
    taken = {a for r in rows for a in r["aliases"]}
    out: list[dict[str, Any]] = []
    for r in sorted(rows, key=lambda r: r["key"]):
        key, name = str(r["key"]), str(r["name"])
        out.append({"key": key, "name": name, "type": "GPE", "aliases": r["aliases"], "country": key,
                    "sector": None, "wikidata": r["wikidata"], "source": "pycountry"})
        dems = [d for d in r["demonyms"] if owner[d][1] == key and d not in taken]
        if not dems:
            continue
        forms = list(dict.fromkeys(f for d in dems for f in (d, plural(d)) if f))
        out.append({"key": f"{key}_NORP", "name": dems[0], "type": "NORP", "aliases": forms, "country": key,
                    "sector": None, "wikidata": None, "source": "pycountry"})
        adj, short = dems[0], name
        # "US troops", "UK government": capital short forms modify nouns like demonyms do.
        modifiers = [adj] + [a for a in r["aliases"] if re.fullmatch(r"[A-Z.]{2,6}", a)]
        out.append({"key": f"{key}_GOV", "name": f"{adj} government", "type": "ORG", "country": key,
                    "aliases": [f"{m} {n}" for m in modifiers for n in _GOV_NOUNS]
                    + [f"government of {short}", f"{short}'s government"],
                    "sector": "GOV", "wikidata": None, "source": "pycountry"})
        out.append({"key": f"{key}_MIL", "name": f"{adj} armed forces", "type": "ORG", "country": key,
                    "aliases": [f"{m} {n}" for m in modifiers for n in _MIL_NOUNS]
                    + [f"{short}'s army", f"{short}'s military", f"{short}'s armed forces"],
                    "sector": "MIL", "wikidata": None, "source": "pycountry"})
    return out


def main() -> int:
    """Write (or with --check, verify) the generated country table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when the committed file is out of date")
    args = parser.parse_args()
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in actor_lines(country_rows()))
    header = "// Generated by scripts/build_actors.py from pycountry and countryinfo data: do not edit by hand.\n"
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == header + text
        print("up to date" if same else f"{OUT} is out of date: run scripts/build_actors.py")
        return 0 if same else 1
    OUT.write_text(header + text, encoding="utf-8")
    print(f"wrote {text.count(chr(10))} actors to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
