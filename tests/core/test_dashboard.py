"""The dashboard's figures against a small database made by hand: known counts per day, label
and analyst, and a time per article with a pause cut."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser

import pytest

from razmetka.core import actions, charts, dashboard
from razmetka.core.model import ArticleStatus, Span, Suggestion
from razmetka.core.store import Store
from razmetka.core.store.progress import Progress, sittings_seconds
from tests.conftest import add_article

TEXT = "Токаев встретился с Трампом в Вашингтоне."
START = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


class Clock:
    """The store's clock, moved by hand."""

    def __init__(self) -> None:
        self.at = START

    def __call__(self) -> str:
        return self.at.isoformat(timespec="milliseconds")

    def wait(self, seconds: float) -> None:
        self.at += timedelta(seconds=seconds)


@pytest.fixture
def clock(monkeypatch):
    clock = Clock()
    monkeypatch.setattr("razmetka.core.store.log.now", clock)
    return clock


def suggested_article(store: Store) -> tuple[int, dict[int, int]]:
    number = len(store.articles.ids())
    article_id = add_article(store, f"{TEXT} Статья {number}.")
    store.suggestions.add(
        article_id,
        [
            Suggestion(0, 6, "PER", "Токаев"),
            Suggestion(20, 27, "PER", "Трамп"),
            Suggestion(30, 40, "LOC", "Вашингтон"),
        ],
        "natasha-ner@1+fixes",
    )
    return article_id, {s.start: s.id or 0 for s in store.spans.of(article_id)}


def decide(store: Store, clock: Clock, edit, wait: float = 0) -> None:
    clock.wait(wait)
    store.apply(edit)


@pytest.fixture
def team(tmp_path, clock):
    """Anna decides two articles on 2 March (with a lunch break in the second), Boris one on
    3 March; a fourth article is left undecided."""
    path = tmp_path / "team.db"
    anna = Store(path, annotator="anna")
    first, spans = suggested_article(anna)
    decide(anna, clock, actions.accept(anna, spans[0]))
    decide(anna, clock, actions.reject(anna, spans[20]), wait=30)
    decide(anna, clock, actions.relabel(anna, spans[30], "ORG"), wait=45)
    decide(anna, clock, actions.approve(anna, first), wait=15)
    second, spans = suggested_article(anna)
    decide(anna, clock, actions.accept(anna, spans[0]), wait=60)
    decide(anna, clock, actions.accept(anna, spans[20]), wait=3600)  # a pause: cut
    decide(anna, clock, actions.approve(anna, second), wait=20)
    anna.close()
    clock.at = START + timedelta(days=1)
    boris = Store(path, annotator="boris")
    third, spans = suggested_article(boris)
    decide(boris, clock, actions.accept_all(boris, third))
    decide(boris, clock, actions.approve(boris, third), wait=100)
    suggested_article(boris)
    yield boris
    boris.close()


def test_articles_done_per_day_and_analyst(team):
    figures = dashboard.collect(team)
    assert figures.done == (
        dashboard.DoneOnDay("2026-03-02", "anna", 2),
        dashboard.DoneOnDay("2026-03-03", "boris", 1),
    )
    assert figures.days == ("2026-03-02", "2026-03-03")
    assert figures.analysts == ("anna", "boris")


def test_entities_per_label_in_the_tag_set_order(team):
    # anna: Токаев, Токаев, Трамп and her ORG correction; boris: all three
    assert dashboard.collect(team).entities == (("PER", 5), ("LOC", 1), ("ORG", 1))


def test_suggestions_accepted_rejected_and_corrected_per_label_and_origin(team):
    outcomes = {(s.label, s.origin): s for s in dashboard.collect(team).suggestions}
    assert set(outcomes) == {("PER", "natasha-ner"), ("LOC", "natasha-ner")}
    per = outcomes["PER", "natasha-ner"]
    assert (per.accepted, per.rejected, per.corrected, per.pending) == (5, 1, 0, 2)
    loc = outcomes["LOC", "natasha-ner"]
    assert (loc.accepted, loc.rejected, loc.corrected, loc.pending) == (1, 0, 1, 2)
    assert loc.decided == 2


def test_an_analyst_keeps_their_place_whether_the_times_are_read_or_not(team):
    """The window draws the other charts before the times are read: the colours must agree."""
    with Store(team.path, annotator="abel") as abel:  # decides, finishes nothing
        undecided = abel.articles.ids()[-1]
        first = abel.spans.of(undecided)[0]
        abel.apply(actions.accept(abel, first.id or 0))
    quick = dashboard.collect_all_but_times(team)
    every = dashboard.collect(team)
    assert quick.analysts == ("anna", "boris")
    assert every.analysts == ("anna", "boris", "abel")


def test_time_per_article_cuts_long_pauses(team):
    times = {(t.article_id, t.analyst): t.seconds for t in dashboard.collect(team).times}
    first, second, third = sorted({a for a, _ in times})
    assert times[first, "anna"] == pytest.approx(90, abs=0.01)
    # 60 s after the first article's last decision does not belong to the second article; the
    # hour's pause is cut, the 20 s after it are counted
    assert times[second, "anna"] == pytest.approx(20, abs=0.01)
    assert times[third, "boris"] == pytest.approx(100, abs=0.01)


def test_steps_are_added_in_time_order_within_each_article_and_analyst():
    # times in milliseconds, not in order; the 400 s step is a pause, cut
    lists = ["3000,1000,2500", None, "0,400000,410000", "7"]
    assert sittings_seconds(lists, pause=300) == [2.0, 0.0, 10.0, 0.0]
    assert sittings_seconds([], pause=300) == []


class CountedRows:
    """A connection that counts the rows its queries hand over."""

    def __init__(self, conn) -> None:
        self.conn, self.rows = conn, 0

    def execute(self, *args):
        return CountedCursor(self, self.conn.execute(*args))


class CountedCursor:
    def __init__(self, counter: CountedRows, cursor) -> None:
        self.counter, self.cursor = counter, cursor

    def fetchone(self):
        self.counter.rows += 1
        return self.cursor.fetchone()

    def fetchall(self):
        rows = self.cursor.fetchall()
        self.counter.rows += len(rows)
        return rows

    def __iter__(self):
        for row in self.cursor:
            self.counter.rows += 1
            yield row


def test_each_figure_is_handed_over_in_one_row(team, monkeypatch):
    """The figures are read on a thread while the window imports matplotlib: every row handed
    over waits for the interpreter, so many rows would take seconds."""
    counted = CountedRows(team.conn)
    monkeypatch.setattr(Progress, "conn", property(lambda _part: counted))
    figures = dashboard.collect(team)
    assert len(figures.times) == 3 and figures.done
    assert counted.rows == 5  # done per day, span outcomes, corrections, times, the labels


def test_an_undone_correction_is_not_counted(tmp_path, clock):
    with Store(tmp_path / "undo.db", annotator="anna") as store:
        _, spans = suggested_article(store)
        applied = store.apply(actions.relabel(store, spans[30], "ORG"))
        store.apply(applied.inverted())
        loc = next(s for s in dashboard.collect(store).suggestions if s.label == "LOC")
        assert (loc.corrected, loc.rejected, loc.pending) == (0, 0, 1)


def test_an_empty_database_has_no_figures(fresh_store):
    figures = dashboard.collect(fresh_store)
    assert figures.is_empty
    assert figures.agreement is None
    assert figures.agreement_note == dashboard.AGREEMENT_MISSING


# -- the page


def stats_page(db, out) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "razmetka", "--db", str(db), "stats", "--html", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )


class PageParts(HTMLParser):
    """What a page holds: its <svg> elements, table captions, and every address it names."""

    def __init__(self) -> None:
        super().__init__()
        self.svgs = 0
        self.captions: list[str] = []
        self.addresses: list[str] = []
        self._in_caption = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.svgs += tag == "svg"
        self._in_caption = tag == "caption"
        for name, value in attrs:
            if name in ("href", "src", "xlink:href") and value and not value.startswith("#"):
                self.addresses.append(value)

    def handle_data(self, data: str) -> None:
        if self._in_caption:
            self.captions.append(data)
            self._in_caption = False


def test_the_page_holds_a_chart_and_a_table_for_each_figure_and_needs_no_network(team, tmp_path):
    out = tmp_path / "progress.html"
    done = stats_page(team.path, out)
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    parts = PageParts()
    parts.feed(text)
    assert parts.svgs == len(charts.CHARTS)
    assert parts.addresses == []
    assert "http://" not in text.replace("http://www.w3.org/", "")
    assert "https://" not in text
    assert len(parts.captions) == 4  # agreement has no table yet: its note instead
    assert dashboard.AGREEMENT_MISSING in text
    assert "<td>2026-03-02</td><td>2</td><td>0</td><td>2</td>" in text
    assert [p.name for p in tmp_path.iterdir() if "partial" in p.name] == []


def test_the_page_of_an_empty_database_says_nothing_yet(tmp_path):
    out = tmp_path / "empty.html"
    done = stats_page(tmp_path / "empty.db", out)
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert text.count("<svg") == len(charts.CHARTS)
    assert "Nothing yet" in text


def test_a_page_onto_a_folder_is_refused_and_the_folder_left_alone(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    done = stats_page(tmp_path / "empty.db", folder)
    assert done.returncode == 1
    assert str(folder) in done.stderr
    assert list(folder.iterdir()) == []


def test_agreement_per_label_comes_from_two_analysts_versions(fresh_store):
    from razmetka.core.store.team import Version

    text = "Путин приехал в Москву к Грефу"
    article = add_article(fresh_store, text)
    putin, moscow, gref = Span(0, 5, "PER"), Span(16, 22, "LOC"), Span(25, 30, "PER")
    with fresh_store.transaction():
        for analyst, spans in (("anna", (putin, moscow, gref)), ("boris", (putin, moscow))):
            version = Version(article, analyst, ArticleStatus.DONE, 1, f"pkg-{analyst}", spans)
            fresh_store.team.put_version(version)
    figures = dashboard.collect(fresh_store)
    # LOC: the one span on both sides; PER: Путин on both, Грефу only on anna's (F1 2/3).
    assert figures.agreement == (
        dashboard.LabelAgreement("LOC", 1.0, 2),
        dashboard.LabelAgreement("PER", 2 / 3, 3),
    )
    chart = charts.agreement_per_label(figures, charts.ChartTexts())
    assert len(chart.axes[0].texts) == 2


def test_many_days_are_drawn_as_outlines_with_a_dozen_days_named():
    days = [(START + timedelta(days=n)).date().isoformat() for n in range(200)]
    done = tuple(dashboard.DoneOnDay(day, who, 3) for day in days for who in ("anna", "boris"))
    figures = dashboard.Figures((), done, (), (), (), None, dashboard.AGREEMENT_MISSING)
    chart = charts.done_per_day(figures, charts.ChartTexts())
    axes = chart.axes[0]
    assert len(axes.patches) == 0  # no bar per day
    assert len(axes.collections) == 2  # an outline per analyst
    assert 1 < len(axes.get_xticklabels()) <= charts.DAY_LABELS


def test_time_per_article_counts_whole_articles_from_zero_minutes():
    times = (dashboard.ArticleTime(1, "anna", 14.0),)
    figures = dashboard.Figures((), (), (), (), times, None, dashboard.AGREEMENT_MISSING)
    axes = charts.time_per_article(figures, charts.ChartTexts()).axes[0]
    assert axes.get_xlim()[0] == 0
    assert all(tick == int(tick) for tick in axes.get_yticks())


def crowded_figures() -> dashboard.Figures:
    """Long label and suggester names, six-digit counts, a dozen days, three analysts."""
    labels = ("PERSON_NAME", "LOCATION", "ORGANISATION_BODY")
    days = [(START + timedelta(days=n)).date().isoformat() for n in range(12)]
    analysts = ("anna", "boris", "veronika-alexandrovna")
    done = tuple(dashboard.DoneOnDay(day, who, 4_321) for day in days for who in analysts)
    suggestions = tuple(
        dashboard.SuggestionOutcome(label, origin, 123_456, 23_456, 3_456, 456_789)
        for label in labels
        for origin in ("natasha-ner", "learned-from-the-analyst")
    )
    times = tuple(dashboard.ArticleTime(n, analysts[n % 3], 30.0 + n % 600) for n in range(30_000))
    agreement = tuple(dashboard.LabelAgreement(label, 1.0, 123_456) for label in labels)
    entities = tuple((label, 987_654) for label in labels)
    return dashboard.Figures(labels, done, entities, suggestions, times, agreement)


@pytest.mark.parametrize("inches", [charts.SIZE, (4.8, 3.0), (9.0, 5.0)])
def test_every_word_of_every_chart_is_inside_it(inches):
    """Each chart makes its own room for its words (no layout engine): none is cut off."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.text import Text

    for name, chart in charts.draw_all(crowded_figures(), charts.ChartTexts()).items():
        chart.set_size_inches(*inches)
        canvas = FigureCanvasAgg(chart)
        canvas.draw()
        renderer = canvas.get_renderer()
        inside = chart.bbox.padded(1)
        for text in chart.findobj(Text):
            if text.get_visible() and text.get_text() and text.axes is not None:
                box = text.get_window_extent(renderer)
                assert inside.contains(box.x0, box.y0) and inside.contains(box.x1, box.y1), (
                    name,
                    inches,
                    text.get_text(),
                )
