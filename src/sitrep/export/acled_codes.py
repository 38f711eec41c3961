"""ACLED codebook tables: actor-type codes, disorder types, region and country spellings.

These follow the ACLED codebook so that an ACLED-style export joins with ACLED's own data:
the same region names and the same short country names ("Democratic Republic of Congo",
"Ivory Coast") rather than ISO's formal ones.
"""

from __future__ import annotations

# Actor kind -> ACLED "inter" code. Unidentified armed groups are coded as political
# militias (3) in ACLED ("Unidentified Armed Group (Country)").
INTER_CODES: dict[str, int] = {
    "state_forces": 1,
    "rebel_group": 2,
    "political_militia": 3,
    "identity_militia": 4,
    "rioters": 5,
    "protesters": 6,
    "civilians": 7,
    "external_force": 8,
    "unidentified": 3,
}

POLITICAL_VIOLENCE = "Political violence"
DEMONSTRATIONS = "Demonstrations"
STRATEGIC = "Strategic developments"

DISORDER_BY_EVENT_TYPE: dict[str, str] = {
    "Battles": POLITICAL_VIOLENCE,
    "Explosions/Remote violence": POLITICAL_VIOLENCE,
    "Violence against civilians": POLITICAL_VIOLENCE,
    "Protests": DEMONSTRATIONS,
    "Riots": DEMONSTRATIONS,
    "Strategic developments": STRATEGIC,
}
# Sub-event types whose disorder type differs from their event type's.
DISORDER_BY_SUB_EVENT_TYPE: dict[str, str] = {
    "Mob violence": POLITICAL_VIOLENCE,
    "Excessive force against protesters": f"{POLITICAL_VIOLENCE}; {DEMONSTRATIONS}",
}

# Event types in which an attack on civilians is flagged "Civilian targeting".
CIVILIAN_TARGETING_TYPES = frozenset({"Violence against civilians", "Explosions/Remote violence", "Riots"})
CIVILIAN_TARGETING = "Civilian targeting"

TIME_PRECISION: dict[str, int] = {"day": 1, "week": 2, "month": 3, "year": 3}

# ACLED's country spellings where they differ from pycountry's common or short name.
COUNTRY_NAMES: dict[str, str] = {
    "BN": "Brunei",
    "BO": "Bolivia",
    "BS": "Bahamas",
    "CD": "Democratic Republic of Congo",
    "CG": "Republic of Congo",
    "CI": "Ivory Coast",
    "CV": "Cape Verde",
    "CZ": "Czech Republic",
    "FM": "Micronesia",
    "GM": "Gambia",
    "KP": "North Korea",
    "KR": "South Korea",
    "MK": "North Macedonia",
    "PS": "Palestine",
    "RU": "Russia",
    "SZ": "eSwatini",
    "TL": "East Timor",
    "TR": "Turkey",
    "VA": "Vatican City",
}

_REGIONS: dict[str, str] = {
    "Middle East": "AE BH CY IL IQ IR JO KW LB OM PS QA SA SY TR YE",
    "Northern Africa": "DZ EG EH LY MA SD TN",
    "Western Africa": "BF BJ CI CV GH GM GN GW LR ML MR NE NG SH SL SN TG",
    "Middle Africa": "CD CF CG CM GA GQ ST TD",
    "Eastern Africa": "BI DJ ER ET KE KM MU RE RW SC SO SS TZ UG YT",
    "Southern Africa": "AO BW LS MG MW MZ NA SZ ZA ZM ZW",
    "South Asia": "AF BD BT IN LK MV NP PK",
    "Southeast Asia": "BN ID KH LA MM MY PH SG TH TL VN",
    "East Asia": "CN HK JP KP KR MN MO TW",
    "Caucasus and Central Asia": "AM AZ GE KG KZ TJ TM UZ",
    "Europe": (
        "AD AL AT AX BA BE BG BY CH CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE "
        "LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM UA VA XK"
    ),
    "North America": "BM CA GL PM US",
    "Central America": "BZ CR GT HN MX NI PA SV",
    "Caribbean": (
        "AG AI AW BB BL BQ BS CU CW DM DO GD GP HT JM KN KY LC MF MQ MS PR SX TC TT VC VG VI"
    ),
    "South America": "AR BO BR CL CO EC FK GF GY PE PY SR UY VE",
    "Oceania": (
        "AS AU CK FJ FM GU KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV UM VU WF WS"
    ),
    "Antarctica": "AQ BV GS HM TF",
}
REGION_BY_COUNTRY: dict[str, str] = {
    code: region for region, codes in _REGIONS.items() for code in codes.split()
}
