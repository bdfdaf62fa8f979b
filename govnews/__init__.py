"""govnews: structured, trustworthy records from raw Chinese government and local news text.

>>> import govnews
>>> doc = govnews.parse("本报聊城7月23日讯(记者 张同建)\\n7月22日上午,发布会召开。")
>>> doc.to_dict()["schema"]
'govnews.document/1'
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from govnews.core import Hit, Parser, Span, Stitched
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
from govnews.injected import find_injected
from govnews.noise import find_noise
from govnews.noise_rules import DEFAULT_RULES as DEFAULT_NOISE_RULES
from govnews.noise_rules import NoisePattern, NoiseRules, RuleFamily
from govnews.normalize import Normalized, normalize
from govnews.pipeline import DEFAULT_PIPELINE, ParserStage, Pipeline, Stage, parse

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
    "DateMention",
    "Dateline",
    "Document",
    "Extra",
    "Fact",
    "Heading",
    "Hit",
    "Noise",
    "NoisePattern",
    "NoiseRules",
    "Normalized",
    "Parser",
    "ParserStage",
    "Person",
    "Pipeline",
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
    "find_injected",
    "find_noise",
    "normalize",
    "parse",
]
