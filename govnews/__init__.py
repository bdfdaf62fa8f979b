"""govnews: structured, trustworthy records from raw Chinese government and local news text.

>>> import govnews
>>> doc = govnews.parse("本报聊城7月23日讯(记者 张同建)\\n7月22日上午,发布会召开。")
>>> doc.to_dict()["schema"]
'govnews.document/1'
>>> govnews.parse_number("2.7亿")
Decimal('270000000')
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from govnews.bylines import BylineParser, find_bylines
from govnews.core import Hit, Parser, Span, Stitched
from govnews.datelines import DatelineParser, find_datelines
from govnews.dates import DateParser, find_dates
from govnews.decode import decode, decode_with_encoding
from govnews.document import (
    SCHEMA,
    Article,
    Byline,
    Dateline,
    DateMention,
    Document,
    Extra,
    Fact,
    Heading,
    Noise,
    Person,
    Published,
    Repair,
    Text,
)
from govnews.facts import FactParser, find_facts
from govnews.html import HtmlPage, looks_like_html, parse_html
from govnews.injected import find_injected
from govnews.noise import find_noise
from govnews.noise_rules import DEFAULT_RULES as DEFAULT_NOISE_RULES
from govnews.noise_rules import NoisePattern, NoiseRules, RuleFamily
from govnews.normalize import Normalized, normalize
from govnews.numerals import parse_number
from govnews.pipeline import DEFAULT_PIPELINE, ParserStage, Pipeline, Stage, parse
from govnews.pubinfo import Publication, PublicationParser, find_publication
from govnews.render import render_html
from govnews.tables import tables

try:
    __version__ = version("govnews")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = [
    "DEFAULT_NOISE_RULES",
    "DEFAULT_PIPELINE",
    "SCHEMA",
    "Article",
    "Byline",
    "BylineParser",
    "DateMention",
    "DateParser",
    "Dateline",
    "DatelineParser",
    "Document",
    "Extra",
    "Fact",
    "FactParser",
    "Heading",
    "Hit",
    "HtmlPage",
    "Noise",
    "NoisePattern",
    "NoiseRules",
    "Normalized",
    "Parser",
    "ParserStage",
    "Person",
    "Pipeline",
    "Publication",
    "PublicationParser",
    "Published",
    "Repair",
    "RuleFamily",
    "Span",
    "Stage",
    "Stitched",
    "Text",
    "__version__",
    "decode",
    "decode_with_encoding",
    "find_bylines",
    "find_datelines",
    "find_dates",
    "find_facts",
    "find_injected",
    "find_noise",
    "find_publication",
    "looks_like_html",
    "normalize",
    "parse",
    "parse_html",
    "parse_number",
    "render_html",
    "tables",
]
