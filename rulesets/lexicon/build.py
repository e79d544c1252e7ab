"""Build ``clinical-en.txt``, the English clinical lexicon, from ICD-10-CM.

    pip install 'simple-icd-10-cm==1.5.0'
    python rulesets/lexicon/build.py            # writes rulesets/lexicon/clinical-en.txt
    python rulesets/lexicon/build.py --check    # exit 1 when the file differs from a rebuild

Why ICD-10-CM: it is the largest clinical vocabulary whose terms allow this
use (public-domain content of the US CDC, see ``TERMS``), and the PyPI
package ``simple-icd-10-cm`` bundles the CDC's own tabular-list XML, so the
source is pinned by a package version instead of a download.  The lexicon
keeps single words of the code titles, not titles or codes: a column is
named with words (``fever``, ``last_mammogram``), and a word that appears
in the titles of diagnoses is evidence that the column holds clinical
content.

What is kept: the words of the ``<desc>`` of every code in chapters 1-19
and 21.  Chapter 20 (external causes: vehicles, places, sports, animals)
and 22 (codes for special purposes) are left out: their words say how an
injury happened, not what a patient has.  Words are folded to ASCII and
lower case, split on anything that is not a letter, need at least three
letters, and must not be in ``build-stop-en.txt`` (the words of titles that
are not distinctively clinical; that file says how it was made).

The output is a pure function of the package version and the stoplist:
sorted, no timestamps, so a rebuild from the same version is byte-identical
(``tests/classify/test_lexicon.py`` checks it).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import sys
import unicodedata
from typing import Iterable, List, Set, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
OUTPUT = os.path.join(HERE, "clinical-en.txt")
STOPLIST = os.path.join(HERE, "build-stop-en.txt")

SOURCE_PACKAGE = "simple-icd-10-cm"
SOURCE_MODULE = "simple_icd_10_cm"
#: ICD-10-CM chapters whose titles are read (by chapter number)
CHAPTERS = tuple(range(1, 20)) + (21,)  # the header says "1-19 and 21"
MIN_LETTERS = 3

TERMS = """\
ICD-10-CM is published by the US CDC's National Center for Health
  Statistics as public-domain content (a work of the US government,
  17 U.S.C. 105).  The CDC asks users of its public-domain content to
  credit the agency and to say that the use implies no endorsement:
  Source: CDC.  This use does not imply endorsement by the CDC, ATSDR or
  HHS.  ICD-10-CM adapts the WHO's ICD-10, which the WHO holds the
  copyright of and whose adaptation for US government purposes it
  authorised.  This file holds single words of the code titles, no codes
  and no titles.  The simple-icd-10-cm package that carries the files is
  MIT-licensed (c) Stefano Travasci."""

_WORD_RE = re.compile(r"[a-z]+")


def _fold(text: str) -> str:
    """ASCII, lower case: ``Sjögren`` -> ``sjogren`` (column names are ASCII)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return decomposed.encode("ascii", "ignore").decode("ascii").lower()


def read_stoplist(path: str = STOPLIST) -> Set[str]:
    with open(path, "r", encoding="utf-8") as fh:
        return {line.strip() for line in fh if line.strip() and not line.startswith("#")}


def source() -> Tuple[str, str, bytes]:
    """(package version, name of the tabular XML, its bytes) of the
    installed ``simple-icd-10-cm``; ImportError (or metadata's
    PackageNotFoundError, a subclass) when it is not installed."""
    import importlib.util
    from importlib import metadata
    from pathlib import Path

    version = metadata.version(SOURCE_PACKAGE)
    # found, not imported: importing simple_icd_10_cm parses the whole
    # classification, and the build needs only its data file
    spec = importlib.util.find_spec(SOURCE_MODULE)
    if spec is None or not spec.submodule_search_locations:
        raise ImportError(f"{SOURCE_MODULE} not found")
    data = Path(list(spec.submodule_search_locations)[0]) / "data"
    tabular = sorted(p for p in data.iterdir() if p.name.startswith("icd10") and p.name.endswith(".xml"))
    if len(tabular) != 1:
        raise RuntimeError(f"{SOURCE_PACKAGE} {version}: expected one tabular XML in its data, "
                           f"found {[p.name for p in tabular]}")
    return version, tabular[0].name, tabular[0].read_bytes()


def title_words(xml: bytes, chapters: Iterable[int] = CHAPTERS) -> Set[str]:
    """The folded words of the code titles of ``chapters``."""
    import defusedxml.ElementTree as ET  # a dependency of schemalint already

    wanted = set(chapters)
    root = ET.fromstring(xml)
    words: Set[str] = set()
    for chapter in root.findall("chapter"):
        if int(chapter.findtext("name") or 0) not in wanted:
            continue
        for diag in chapter.iter("diag"):
            words.update(_WORD_RE.findall(_fold(diag.findtext("desc") or "")))
    return words


def build() -> str:
    """The text of ``clinical-en.txt`` built from the installed source."""
    version, xml_name, xml = source()
    stop = read_stoplist()
    words = sorted(w for w in title_words(xml) if len(w) >= MIN_LETTERS and w not in stop)
    header: List[str] = [
        "Clinical lexicon, English: the distinctively clinical words of ICD-10-CM code titles.",
        "Generated by rulesets/lexicon/build.py; do not edit by hand, rebuild.",
        f"source: PyPI package {SOURCE_PACKAGE} {version}, which bundles the CDC's ICD-10-CM",
        f"  tabular list {xml_name} (sha256 {hashlib.sha256(xml).hexdigest()})",
        "terms: " + TERMS,
        "selection: words of the code titles of chapters 1-19 and 21 (not 20, external",
        f"  causes; not 22, special purposes), folded to ASCII lower case, at least {MIN_LETTERS}",
        "  letters, minus the words in build-stop-en.txt",
        f"command: pip install '{SOURCE_PACKAGE}=={version}' && python rulesets/lexicon/build.py",
        f"entries: {len(words)}",
    ]
    lines = ["# " + h if h else "#" for h in "\n".join(header).split("\n")]
    return "\n".join(lines) + "\n\n" + "\n".join(words) + "\n"


def recorded_version(path: str = OUTPUT) -> str:
    """The source package version recorded in the header of ``path``."""
    with open(path, "r", encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                break
            m = re.match(rf"# source: PyPI package {re.escape(SOURCE_PACKAGE)} (\S+),", line)
            if m:
                return m.group(1)
    raise ValueError(f"{path}: no '# source: PyPI package {SOURCE_PACKAGE} VERSION' header line")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    ap.add_argument("--check", action="store_true", help="compare with the committed file instead of writing it")
    ap.add_argument("--output", default=OUTPUT, help="where to write (default: %(default)s)")
    args = ap.parse_args(argv)
    try:
        text = build()
    except ImportError:
        print(f"error: {SOURCE_PACKAGE} is not installed: pip install '{SOURCE_PACKAGE}=="
              f"{recorded_version()}'", file=sys.stderr)
        return 2
    if args.check:
        with open(args.output, "r", encoding="utf-8") as fh:
            same = fh.read() == text
        print(f"{args.output}: {'up to date' if same else 'differs from a rebuild'}")
        return 0 if same else 1
    with open(args.output, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    entries = sum(1 for line in text.splitlines() if line and not line.startswith("#"))
    print(f"{args.output}: {entries} entries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
