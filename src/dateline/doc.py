"""Plain domain objects of an article: Doc and the spans, entities, places, times, quotes and events it holds."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True, frozen=True)
class Span:
    """A slice of the article text: `text == doc.text[start:end]` by construction (see Doc.span)."""

    start: int
    end: int
    text: str

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """True when other lies inside this span."""
        return self.start <= other.start and other.end <= self.end


@dataclass(slots=True)
class Dateline:
    """The wire dateline ("MOSCOW, February 7. /TASS/."): filing place, date as written, agency."""

    span: Span
    place: str | None = None
    date: str | None = None
    agency: str | None = None
    place_span: Span | None = None
    region: str | None = None  # "Ukraine" in "KYIV, Ukraine (AP) —"


@dataclass(slots=True)
class EntityMention:
    """One raw named-entity mention before grouping: a span, a label and where it came from."""

    span: Span
    label: str
    origin: str = "ner"  # ner | alias | place | pattern
    key: str | None = None  # alias-table key when matched from the alias table
    place: str | None = None  # Place id when the mention is a resolved toponym


@dataclass(slots=True)
class Entity:
    """A canonical entity with every mention of it in the article."""

    id: str
    name: str
    type: str
    mentions: list[Span] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    description: str | None = None
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    key: str | None = None  # alias-table key when the entity is a known actor


@dataclass(slots=True)
class Place:
    """A resolved toponym: one gazetteer entry with all its mentions."""

    id: str
    name: str
    geonameid: int | None
    lat: float | None
    lon: float | None
    country: str | None = None
    admin1: str | None = None
    feature_code: str | None = None
    mentions: list[Span] = field(default_factory=list)
    role: str | None = None  # "dateline" when the place is only the filing location
    score: float | None = None
    population: int | None = None


@dataclass(slots=True)
class TimeExpr:
    """A temporal expression with its TIMEX3-style type and value."""

    span: Span
    type: str  # DATE | TIME | DURATION | SET
    value: str
    anchor: Span | None = None  # the sentence (or clause) the expression governs
    mod: str | None = None


@dataclass(slots=True)
class Speaker:
    """Who a quote belongs to: the local mention and the canonical entity it resolves to."""

    mention: Span | None = None
    entity: str | None = None
    name: str | None = None


@dataclass(slots=True)
class Quote:
    """Reported speech: the content span (without quote marks), its kind, speaker and cue."""

    id: str
    span: Span
    kind: str  # direct | indirect | mixed
    speaker: Speaker = field(default_factory=Speaker)
    cue: Span | None = None
    duplicate_of: str | None = None


@dataclass(slots=True)
class EventDate:
    """The event's own time as an interval with a precision."""

    start: str
    end: str
    precision: str  # day | month | year | unknown


@dataclass(slots=True)
class Acled:
    """ACLED event type and sub-event type."""

    event_type: str
    sub_event_type: str


@dataclass(slots=True)
class Event:
    """A PLOVER-coded event tied to its evidence in the text."""

    id: str
    type: str
    evidence: Span
    confidence: float
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    acled: Acled | None = None
    actors: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    place: str | None = None
    date: EventDate | None = None
    status: str = "asserted"
    attributed_to: str | None = None
    trigger: Span | None = None
    mentions: list[Span] = field(default_factory=list)  # every evidence span of the happening (merged mentions)


@dataclass(slots=True)
class Duplicate:
    """A passage repeated (verbatim or nearly) from an earlier passage of the same article."""

    span: Span
    of: Span


@dataclass(slots=True)
class DocError:
    """Why a document could not be (fully) processed: a stable code, a message, the stage that failed."""

    code: str
    message: str
    stage: str | None = None


@dataclass(slots=True)
class Doc:
    """One article and everything the pipeline found in it."""

    text: str
    id: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    published_from: str | None = None  # given | metadata | dateline | text
    origin: str | None = None  # where the input came from (path:line)
    dateline: Dateline | None = None
    paragraphs: list[Span] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    mentions: list[EntityMention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    error: DocError | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    # Linguistic analyses keyed by producer ("spacy": list of (paragraph offset, spacy Doc)); not serialised.
    analyses: dict[str, Any] = field(default_factory=dict)

    def to_record(self) -> dict[str, Any]:
        """The contract record of this document (serialisation lives in dateline.record)."""
        from .record import to_record

        return to_record(self)

    def span(self, start: int, end: int) -> Span:
        """The Span of text[start:end]; raises ValueError for offsets outside the text."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} outside text of length {len(self.text)}")
        return Span(start, end, self.text[start:end])

    def entity(self, entity_id: str | None) -> Entity | None:
        """The entity with this id, or None."""
        return next((e for e in self.entities if e.id == entity_id), None) if entity_id else None

    def place(self, place_id: str | None) -> Place | None:
        """The place with this id, or None."""
        return next((p for p in self.places if p.id == place_id), None) if place_id else None

    def sentence_at(self, offset: int) -> Span | None:
        """The sentence containing the character offset, or None."""
        return _containing(self.sentences, offset)

    def paragraph_at(self, offset: int) -> Span | None:
        """The paragraph containing the character offset, or None."""
        return _containing(self.paragraphs, offset)


def _containing(spans: list[Span], offset: int) -> Span | None:
    """The span of a sorted, non-overlapping list that contains offset, or None."""
    i = bisect_right(spans, offset, key=lambda s: s.start) - 1
    if i >= 0 and spans[i].start <= offset < spans[i].end:
        return spans[i]
    return None
