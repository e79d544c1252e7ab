"""Where the labelled real-schema corpora are, and how to read their labels.

Two corpora hold labelled items (format: ``../shared/corpus/LABELING.md``):

* ``../shared/corpus`` (beside the repository; CI always has it), and
* ``benchmarks/corpus`` (projects this repository labelled itself, each
  with its licence note beside its files).

Each has ``labels/*.tsv`` (``item``, ``table``, ``column``, ``type``,
``label``) and one folder per item.  A label file may label an item whose
folder sits in another corpus (``benchmarks/corpus/labels/monica.tsv``
labels ``../shared/corpus/monica``): the files stay where they are, the
labels live with whoever wrote them.  Nothing here keeps a list of item
names: every labelled item found is used, so a new label file is picked up
by the accuracy benchmark and the corpus tests alike.
"""

from __future__ import annotations

import csv
import os
from collections import OrderedDict
from pathlib import Path
from typing import Dict, Iterable, List, NamedTuple, Optional, Tuple

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

#: a labelled row: (table, column, type, label)
Row = Tuple[str, str, str, str]


class Item(NamedTuple):
    """One labelled project: its name, the folder holding its files, and
    its labelled rows in file order."""

    name: str
    path: Path
    rows: List[Row]


def shared_corpus() -> Path:
    env = os.environ.get("SCHEMALINT_CORPUS")
    return Path(env) if env else ROOT.parent / "shared" / "corpus"


def own_corpus() -> Path:
    return HERE / "corpus"


def corpus_roots(extra: Iterable[Path] = ()) -> List[Path]:
    """Every corpus directory that has labels, shared corpus first."""
    roots = [shared_corpus(), own_corpus(), *extra]
    out: List[Path] = []
    for r in roots:
        r = Path(r)
        if (r / "labels").is_dir() and r.resolve() not in [o.resolve() for o in out]:
            out.append(r)
    return out


def read_label_file(path: Path) -> "OrderedDict[str, List[Row]]":
    out: "OrderedDict[str, List[Row]]" = OrderedDict()
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            out.setdefault(row["item"], []).append(
                (row["table"], row["column"], row["type"], row["label"].strip()))
    return out


def labelled_items(roots: Optional[Iterable[Path]] = None, names: Optional[Iterable[str]] = None) -> List[Item]:
    """Every labelled item of ``roots`` (default: :func:`corpus_roots`),
    sorted by name; ``names`` keeps only those items."""
    wanted = set(names) if names else None
    found: Dict[str, Item] = {}
    searched = corpus_roots() if roots is None else [Path(r) for r in roots]
    for root in searched:
        for tsv in sorted((root / "labels").glob("*.tsv")):
            for name, rows in read_label_file(tsv).items():
                if wanted is not None and name not in wanted:
                    continue
                if name in found:
                    found[name].rows.extend(rows)
                else:
                    found[name] = Item(name, item_folder(name, root, searched), list(rows))
    return [found[k] for k in sorted(found)]


def item_folder(name: str, root: Path, roots: Iterable[Path] = ()) -> Path:
    """The folder of item ``name`` labelled in ``root``: ``root/name`` when
    it exists, else the first of ``roots`` (then of :func:`corpus_roots`)
    that has it, since a label file may label another corpus's item;
    ``root/name`` when none has it."""
    own = Path(root) / name
    if own.is_dir():
        return own
    for other in [*roots, *corpus_roots()]:
        if (other / name).is_dir():
            return other / name
    return own
