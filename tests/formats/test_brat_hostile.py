"""brat files as corpora like NEREL write them: duplicate ids, fragments in reverse order, and
entities a flat set cannot hold counted in the summary, not only listed."""

from razmetka.core.importing import import_paths
from razmetka.core.store import Store
from tests.hostile.cli import razmetka

TEXT = "Москва и Россия. Иван Петров и Анна"


def _pair(folder, name, ann):
    (folder / f"{name}.txt").write_text(TEXT, encoding="utf-8")
    (folder / f"{name}.ann").write_text(ann, encoding="utf-8")
    return folder / f"{name}.ann"


def _spans(db):
    with Store(db) as store:
        [article] = list(store.articles.stream())
        return sorted((s.start, s.end, s.label) for s in store.spans.of(article.id))


def test_a_duplicate_t_id_is_reported_not_dropped_silently(tmp_path):
    ann = _pair(tmp_path, "a", "T1\tLOC 0 6\tМосква\nT1\tLOC 9 15\tРоссия\n")
    proc = razmetka(tmp_path / "db", "import", ann)
    assert proc.returncode == 0, proc.stderr
    assert "T1" in proc.stderr and "line 2" in proc.stderr and "repeats" in proc.stderr
    assert "1 entities not kept: duplicate id 1" in proc.stdout
    assert _spans(tmp_path / "db") == [(0, 6, "LOC")]


def test_fragments_in_reverse_order_are_sorted(tmp_path):
    ann = _pair(tmp_path, "a", "T1\tLOC 9 15;0 6\tРоссия Москва\nT2\tPER 17 21\tИван\n")
    report = import_paths(Store(tmp_path / "db"), [ann])
    assert (report.imported, report.rejected) == (1, 0), report.problems
    [discontinuous] = report.notes
    assert discontinuous.where == "T1" and "discontinuous" in discontinuous.reason


def test_reversed_fragments_that_are_one_span_read_as_one(tmp_path):
    ann = _pair(tmp_path, "a", "T1\tPER 22 28;17 21\tПетров Иван\n")
    report = import_paths(Store(tmp_path / "db"), [ann])
    assert (report.imported, report.problems, report.notes) == (1, [], [])
    assert _spans(tmp_path / "db") == [(17, 28, "PER")]


def test_the_summary_counts_what_it_could_not_keep(tmp_path):
    ann = _pair(
        tmp_path,
        "a",
        "T1\tLOC 0 15\tМосква и Россия\n"
        "T2\tLOC 0 6\tМосква\n"
        "T3\tPER 17 21;31 35\tИван Анна\n"
        "T4\tPER 17 28\tИван Петров\n"
        "R1\tX Arg1:T1 Arg2:T4\n"
        "R2\tX Arg1:T4 Arg2:T1\n",
    )
    proc = razmetka(tmp_path / "db", "import", ann)
    assert proc.returncode == 0, proc.stderr
    assert (
        "2 entities not kept: nested or crossing 1, discontinuous 1; also not kept: relation 2"
        in proc.stdout
    )
