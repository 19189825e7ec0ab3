"""Country codes that may appear in an MRZ (issuing state and nationality).

ICAO Doc 9303 Part 3 uses the ISO 3166-1 alpha-3 codes plus a few codes of its own. In the MRZ a code
shorter than three letters is padded with the filler, e.g. Germany is 'D<<'; the functions here take
the code with the fillers already stripped.
"""

from __future__ import annotations

from typing import Literal

# ISO 3166-1 alpha-3, all 249 officially assigned codes (ISO 3166 Maintenance Agency list).
_ISO_3166_ALPHA3_TEXT = """
    ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR BHR
    BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL
    COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK
    FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV
    HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO
    LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG
    MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN
    PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE
    SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO
    TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE
"""
ISO_3166_ALPHA3: frozenset[str] = frozenset(_ISO_3166_ALPHA3_TEXT.split())

# Codes ICAO Doc 9303 Part 3 (section 5) defines beyond ISO 3166 (persons, organisations), and the
# Utopia code of its specimens.
ICAO_SPECIAL_CODES: frozenset[str] = frozenset(
    {
        "D",  # Germany (ICAO keeps the one-letter code instead of DEU)
        "GBD",  # British Overseas Territories Citizen
        "GBN",  # British National (Overseas)
        "GBO",  # British Overseas Citizen
        "GBP",  # British Protected Person
        "GBS",  # British Subject
        "UNO",  # United Nations Organization or one of its officials
        "UNA",  # specialized agency of the United Nations
        "UNK",  # resident of Kosovo, document issued by UNMIK
        "XXA",  # stateless person (1954 Convention)
        "XXB",  # refugee (1951 Convention)
        "XXC",  # refugee, other than under the 1951 Convention
        "XXX",  # person of unspecified nationality
        "EUE",  # European Union
        "XBA",  # African Development Bank
        "XIM",  # African Export-Import Bank
        "XCC",  # Caribbean Community (CARICOM)
        "XCE",  # Council of Europe
        "XCO",  # Common Market for Eastern and Southern Africa (COMESA)
        "XEC",  # Economic Community of West African States (ECOWAS)
        "XPO",  # International Criminal Police Organization (INTERPOL)
        "XES",  # Organisation of Eastern Caribbean States
        "XMP",  # Parliamentary Assembly of the Mediterranean
        "XOM",  # Sovereign Military Order of Malta
        "XDC",  # Southern African Development Community
        "RKS",  # Republic of Kosovo (used by Kosovo, not in ISO 3166)
        "UTO",  # Utopia, the fictitious state of the ICAO specimens
    }
)

# Codes printed on genuine issuing-authority specimens that no real holder carries: 'BDR' on the
# German passport specimen (Erika Mustermann) and 'COU' ("country") on the UK residence permit
# specimen. Accepted so that the specimens validate, but reported as a warning. 'UTO' (Utopia, the
# state of the ICAO Doc 9303 examples) is not among them on purpose: the command-line contract's own
# example result is the ICAO passport with no finding at all, and that page binds the output.
SPECIMEN_CODES: frozenset[str] = frozenset({"BDR", "COU"})

KNOWN_CODES: frozenset[str] = ISO_3166_ALPHA3 | ICAO_SPECIAL_CODES

CountryStatus = Literal["known", "specimen", "unspecified", "unknown"]


def country_status(code: str) -> CountryStatus:
    """Classify a filler-stripped code: known, specimen-only, unspecified ('' from '<<<') or unknown."""
    if code == "":
        return "unspecified"
    if code in KNOWN_CODES:
        return "known"
    if code in SPECIMEN_CODES:
        return "specimen"
    return "unknown"


def is_known_country(code: str) -> bool:
    """True for an ISO 3166-1 alpha-3 code or an ICAO-specific code (stripped of fillers)."""
    return code in KNOWN_CODES
