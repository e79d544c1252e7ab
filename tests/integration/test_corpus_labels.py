"""Every labelled item of every corpus (``../shared/corpus`` and
``benchmarks/corpus``, found through their ``labels/*.tsv``, never a
hand-kept list of names) replays to a schema holding every labelled
(table, column): accuracy figures are computed on what users get, and a
column the replay loses cannot drop out of the benchmark unnoticed."""

from __future__ import annotations

import pytest

from benchmarks.corpora import labelled_items, shared_corpus
from schemalint.config import Config
from schemalint.pipeline import RunOptions, build

ITEMS = labelled_items()

pytestmark = pytest.mark.corpus


def test_the_shared_corpus_labels_are_found():
    if not (shared_corpus() / "labels").is_dir():
        pytest.skip(f"real-schema corpus not found at {shared_corpus()} (it sits beside the repository in CI)")
    on_disk = {line.split("\t", 1)[0] for p in (shared_corpus() / "labels").glob("*.tsv")
               for line in p.read_text(encoding="utf-8").splitlines()[1:] if line.strip()}
    assert on_disk <= {it.name for it in ITEMS}
    assert len(on_disk) >= 7


@pytest.mark.parametrize("item", ITEMS, ids=[it.name for it in ITEMS])
def test_every_labelled_column_is_replayed(item):
    if not item.path.is_dir() and not (shared_corpus() / "labels").is_dir():
        # our label file labels an item of the shared corpus, which is not here
        pytest.skip(f"{item.name} lives in the real-schema corpus, not found at {shared_corpus()} "
                    f"(it sits beside the repository in CI)")
    assert item.path.is_dir(), f"labelled item {item.name} has no folder at {item.path}"
    run = build(RunOptions(paths=[str(item.path)], checks=False, use_cache=False), Config())
    replayed = {(t.ref.name.lower(), c.lower()) for s in run.schemas for t in s.tables.values()
                for c in t.columns}
    labelled = {(t.lower(), c.lower()) for t, c, _typ, _label in item.rows}
    assert labelled, f"{item.name}: empty label file"
    missing = sorted(labelled - replayed)
    assert missing == [], f"{item.name}: {len(missing)} labelled columns not replayed, e.g. {missing[:5]}"


def test_a_label_file_may_label_an_item_of_another_corpus(tmp_path):
    shared, own = tmp_path / "shared", tmp_path / "own"
    (shared / "labels").mkdir(parents=True)
    (shared / "crm").mkdir()
    (own / "labels").mkdir(parents=True)
    (own / "shop").mkdir()
    header = "item\ttable\tcolumn\ttype\tlabel\n"
    (own / "labels" / "crm.tsv").write_text(header + "crm\tcontacts\temail\tvarchar\tcontact\n", encoding="utf-8")
    (own / "labels" / "shop.tsv").write_text(header + "shop\torders\ttotal\tint\tnone\n", encoding="utf-8")
    (own / "labels" / "lost.tsv").write_text(header + "lost\tt\tc\tint\tnone\n", encoding="utf-8")
    items = {it.name: it for it in labelled_items([shared, own])}
    assert items["crm"].path == shared / "crm"  # the files stay in the other corpus
    assert items["shop"].path == own / "shop"  # an item of its own corpus is found there first
    assert items["lost"].path == own / "lost" and not items["lost"].path.is_dir()
    assert items["crm"].rows == [("contacts", "email", "varchar", "contact")]
