"""Stage `nlp`: spaCy over paragraph chunks, batched across documents; sentences and raw NER mentions."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..body import body_start
from ..config import Settings
from ..doc import Doc, EntityMention
from ..nlp import ANALYSIS, Parsed, chunks, load_model, sentences
from ..registry import stage


class SpacyStage:
    """Parses every paragraph of a batch of documents with one `nlp.pipe` call."""

    def __init__(self, settings: Settings) -> None:
        self.nlp = load_model(settings["nlp.model"], tuple(settings["nlp.disable"]))
        self.batch_size = int(settings["nlp.batch_size"])
        self.limit = min(int(settings["nlp.max_paragraph_chars"]), int(settings["limits.max_line_chars"]))

    def __call__(self, doc: Doc) -> Doc:
        """Parse one document."""
        list(self.pipe([doc]))
        return doc

    def pipe(self, docs: Iterable[Doc]) -> Iterator[Doc]:
        """Parse a batch of documents together: spaCy is fastest on many texts at once."""
        docs = list(docs)
        pieces = [(d, s, e) for d in docs for a, b in _spans(d) for s, e in chunks(d.text, a, b, self.limit)]
        for d in docs:
            d.analyses[ANALYSIS] = []
        texts = (d.text[s:e] for d, s, e in pieces)
        for (d, s, _), sdoc in zip(pieces, self.nlp.pipe(texts, batch_size=self.batch_size), strict=True):
            d.analyses[ANALYSIS].append(Parsed(s, sdoc))
        for d in docs:
            finish(d)
            yield d


def _spans(doc: Doc) -> Iterator[tuple[int, int]]:
    """The paragraphs to parse, the dateline parsed apart from the story it opens: the parser otherwise takes
    "NAIROBI (Reuters) - Kenyan police fired" for a sentence with two subjects."""
    body = body_start(doc)
    for p in doc.paragraphs:
        if p.start < body < p.end:
            head = doc.text[p.start:body].rstrip()
            if head:
                yield p.start, p.start + len(head)
            yield body, p.end
        else:
            yield p.start, p.end


def finish(doc: Doc) -> None:
    """Sentences and raw NER mentions of a parsed document, at article offsets."""
    doc.sentences = [span for span, _, _ in sentences(doc)]
    doc.mentions = [EntityMention(doc.span(p.offset + ent.start_char, p.offset + ent.end_char), ent.label_, "ner")
                    for p in doc.analyses[ANALYSIS] for ent in p.sdoc.ents]


@stage("nlp", requires=["paragraphs", "dateline"], assigns=["sentences", "spacy", "mentions"])
def make_nlp(settings: Settings) -> SpacyStage:
    """Run the spaCy model over each paragraph: tokens, tags, dependencies, sentences, raw NER."""
    return SpacyStage(settings)
