"""Extractor: emulation campaigns and yearly themes, named by a quoted title after a cue.

    phát động phong trào thi đua “Ngành Tư pháp chung sức góp phần xây dựng nông thôn mới”
    trọng tâm là các phong trào thi đua: “A”, “B”, “C”   (every title of a run of quotes)
    phong trào thi đua năm 2022 với chủ đề "Đoàn kết, sáng tạo, …"   (kind "theme")

A quoted title is a campaign only when a cue (``patterns/campaigns.jsonl``: phong trào, cuộc
vận động, đợt thi đua, chủ đề …) stands at most a few words before it, and none of those words
names a document, an event or a speech ("Chỉ thị 34-CT/TW … “Về tiếp tục đổi mới …”",
"Hội thảo khoa học “…”", "ông Toàn nói: “…”"). A theme cue counts only in a sentence about
emulation work ("chủ đề" of a festival or a talk is no emulation theme). Unquoted names
("Phong trào thi đua cao điểm lập thành tích …") are left out: where such a name ends is
guesswork, except for the unquoted forms that name themselves: "phong trào Thi đua Quyết thắng"
(a capitalised "Thi đua" and a capitalised name after it), and a capitalised phrase right after
"phong trào thi đua", "phong trào" or "cuộc vận động" in a sentence about emulation work, up to
punctuation or a stop word (``campaigns.stops.txt``): "phong trào Toàn dân bảo vệ an ninh Tổ quốc
| trong …", also in another sentence of a document about emulation work when a verb of promoting
stands before the cue ("Các đơn vị đẩy mạnh phong trào Toàn dân bảo vệ an ninh Tổ quốc, …"). A
quotation followed by its speaker ("“…”, một phát ngôn viên nói") is no title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.base import Context, extractor, years_in
from extractors.lines import find_patterns, load_phrases, phrase_at
from extractors.nlp import Match, Token, load_lexicon, norm, syllables
from extractors.persons import own_sentences
from extractors.phrases import in_dictionary, is_year
from schemas.document import Sentence
from schemas.facts import Campaign

PATTERNS = "campaigns.jsonl"
MAX_FILLER = 10  # words between a cue and its quote: "chủ đề công tác năm 2023 của ngành Tư pháp là:"
MAX_WORDS = 80  # a longer quotation is a speech, not a title
# a title in “…”, "…", «…», ‘…’ or '…' (one group per quote style; the first that opens wins); a straight
# quote a letter follows opens a title, it closes none: a speech in "…" that quotes a campaign's "…" inside
# ("Ông nói: "Các đơn vị hưởng ứng phong trào thi đua "A". …")
QUOTE_RE = re.compile(
    r"“([^“”\n]+(?:\n[^“”\n]+)?)”|\"([^\"\n]+)\"(?!\w)|«([^«»\n]+)»|‘([^‘’\n]+)’|(?<!\w)'([^'\n]+)'(?!\w)"
)
# between titles of one run: each title's unit in brackets, a comma or ";", "và", "hay" …: "“A” (Trường X), “B”
# (Trường Y) hay “C”"
RUN_GAP_RE = re.compile(r"\s*(?:\([^()\n]{1,80}\)\s*)?(?:[,;]\s*)?(?:(?:và|cùng|hoặc|hay)\s+)?")
FILLER_PUNCT = frozenset(".;!?()[]“”\"«»‘’,")
CUE_LABELS = ("CAMPAIGN", "THEME")
EDGE = " \t.,;:…-–"
CAPITAL_AFTER_CUE = re.compile(r"(?i:trào|cuộc vận động)\s+(?:(?i:thi)\s+đua\s+)?(\w)")
YEAR_WORD = norm("năm")
EMULATE = norm("đua")  # "Thi đua"
MAX_UNQUOTED = 8  # tokens of an unquoted name
MIN_PHRASE, MAX_PHRASE = 3, 12  # syllables of an unquoted name that is a phrase
MIN_AFTER_EMULATION = 2  # right after "phong trào thi đua" the words name it whole: "Quyết thắng"
SHORT_NAME_ENDS = frozenset(".;!?)")
TEST = norm("thi")  # "thi đua"
AND = norm("và")
STOPS = load_phrases("campaigns.stops.txt")
BODY_OPENERS = load_phrases("campaigns.body_openers.txt")
EMULATION_WORK = re.compile(r"(?i:thi đua)")  # a document about emulation work says so somewhere
SPEAKER_REACH = 12  # tokens after a quotation in which "…, ông X nói" names its speaker


@extractor("campaigns", needs=())
def find_campaigns(ctx: Context) -> Iterator[Campaign]:
    about = None  # whether the document is about emulation work (read when first needed)
    for sent in own_sentences(ctx):
        if _has_cue_word(sent.text) and (QUOTE_RE.search(sent.text) or has_capital_after_cue(sent.text)):
            if about is None:
                about = EMULATION_WORK.search(ctx.doc.text) is not None
            yield from campaigns_in(ctx, sent, about)
        if "phong trào" in sent.text and ACTOR_NAME.search(sent.text):
            if about is None:
                about = EMULATION_WORK.search(ctx.doc.text) is not None
            if about:
                yield from actor_campaigns(ctx, sent)


def actor_campaigns(ctx: Context, sent: Sentence) -> Iterator[Campaign]:
    """Unquoted names of who emulates and at what, ending before the year they are reviewed for:
    "phong trào | nông dân thi đua sản xuất, kinh doanh giỏi … | năm 2007" (``campaigns.actors.txt``)."""
    for m in ACTOR_NAME.finditer(sent.text):
        if len(m.group(1).split()) <= MAX_ACTOR_WORDS:
            ev = ctx.evidence(sent, m.start(1), m.end(1), "campaigns/campaign-actor")
            yield Campaign(ev.surface, "campaign", int(m.group(2)), ev)


ACTORS = "|".join(re.escape(a) for a in sorted(load_lexicon("campaigns.actors.txt"), key=len, reverse=True))
ACTOR_NAME = re.compile(rf"phong trào ((?:{ACTORS}) thi đua [^.;:\n\"“”]+?),? năm ((?:19|20)\d\d)\b")
MAX_ACTOR_WORDS = 25


def _has_cue_word(text: str) -> bool:
    low = text.lower()
    return any(w in low for w in ("phong trào", "phòng trào", "vận động", "thi đua", "chủ đề", "theme"))


def has_capital_after_cue(text: str) -> bool:
    """Cheap test for an unquoted name: a capital right after "phong trào (thi đua)", "cuộc vận động"."""
    return any(m.group(1).isupper() for m in CAPITAL_AFTER_CUE.finditer(text))


def campaigns_in(ctx: Context, sent: Sentence, about: bool = False) -> Iterator[Campaign]:
    """Campaigns of one sentence: each run of quoted titles that follows a cue, and unquoted
    names of the form "phong trào Thi đua Quyết thắng" (``about``: the document is about emulation
    work)."""
    toks = syllables(sent.text)
    matches = find_patterns(PATTERNS, sent.text)
    yield from quoted_campaigns(ctx, sent, toks, matches)
    for m in matches:
        if m.label == "CAMPAIGN" and m.id in ("movement", "drive"):
            start, end = unquoted_name(sent.text, toks, matches, m, about)
            if end:
                a, b = toks[start].start, toks[end - 1].end
                ev = ctx.evidence(sent, a, b, "campaigns/campaign-unquoted")
                yield Campaign(ev.surface, "campaign", campaign_year(ctx, sent.text, [(a, b)], "campaign"), ev)


def unquoted_name(text: str, toks: list[Token], matches: list[Match], cue: Match,
                  about: bool = False) -> tuple[int, int]:
    """Token range of an unquoted name right after a cue: "phong trào Thi đua Quyết thắng", or
    a capitalised phrase up to punctuation or a stop word ("phong trào thi đua Vì an ninh Tổ
    quốc, …", "phong trào Toàn dân bảo vệ an ninh Tổ quốc | trong …") in a sentence about
    emulation work, or after a verb of promoting in a document about it ("đẩy mạnh phong trào
    Toàn dân bảo vệ an ninh Tổ quốc, …"); (0, 0) when none."""
    if cue.id == "movement":
        end = unquoted_name_end(toks, cue.end)
        if end:
            return cue.end, end
    k = cue.end
    emulation = k + 1 < len(toks) and toks[k].norm == TEST and toks[k + 1].norm == EMULATE
    k += 2 if emulation else 0
    promoted = about and any(m.label == "PROMOTE" and m.end == cue.start for m in matches)
    if not (emulation or promoted or any(m.label == "EMULATION" and m.id == "work" for m in matches)):
        return 0, 0  # "Phong trào Hồi giáo …" in foreign news
    if any(m.label == "OTHER" and m.id == "document" and m.start == k for m in matches):
        return 0, 0  # the title of a law or a directive: "phong trào thi đua | Luật Thi đua, khen thưởng"
    if phrase_at(toks, k, BODY_OPENERS):
        return 0, 0  # the body whose movement it is: "Tổng kết phong trào thi đua | Khối thi đua các Chi cục …"
    end = phrase_name_end(text, toks, k, MIN_AFTER_EMULATION if emulation else MIN_PHRASE)
    return (k, end) if end else (0, 0)


def phrase_name_end(text: str, toks: list[Token], i: int, shortest: int = MIN_PHRASE) -> int:
    """End of a capitalised phrase at token ``i`` ("Toàn dân bảo vệ an ninh Tổ quốc"), of three to
    a dozen syllables on one line (``shortest``: two right after "phong trào thi đua": "Quyết thắng |
    năm 2012"), not all capitalised (a proper name is no campaign); 0 when none."""
    if i >= len(toks) or not (toks[i].is_title and toks[i].text.isalpha()) or toks[i].text.isupper():
        return 0
    j = i + 1
    while j < len(toks) and j - i <= MAX_PHRASE and (toks[j].text.isalpha() or is_inner_dash(toks, j)):
        if not toks[j].is_title and phrase_at(toks, j, STOPS) or "\n" in text[toks[j - 1].end : toks[j].start]:
            break
        j += 1
    words = toks[i:j]
    if not shortest <= len(words) <= MAX_PHRASE or all(t.is_title for t in words if t.text.isalpha()):
        return 0
    if len(words) < MIN_PHRASE and not (j == len(toks) or toks[j].text in SHORT_NAME_ENDS or phrase_at(toks, j, STOPS)):
        return 0  # a short name ends at a stop word or the sentence's end, not a comma: "Đổi mới, | sáng tạo …"
    return j


def is_inner_dash(toks: list[Token], j: int) -> bool:
    """A dash between two capitalised words: "Xanh - Sạch - Đẹp"."""
    return toks[j].text in "-–" and j + 1 < len(toks) and toks[j + 1].is_title


def unquoted_name_end(toks: list[Token], i: int) -> int:
    """End of "Thi đua Quyết thắng" at token ``i``: a capitalised "Thi đua", then capitalised
    words each with at most one lowercase word after it, up to punctuation or a second lowercase
    word ("… Quyết thắng | năm 2010"); a lowercase word may be a compound of the word list ("Thi
    đua Vì an ninh Tổ quốc"); 0 when no such name starts there."""
    if i + 2 >= len(toks) or not (toks[i].text == "Thi" and toks[i + 1].norm == EMULATE and toks[i + 2].is_title):
        return 0
    j, lower = i + 2, 0
    while j < len(toks) and toks[j].text[:1].isalpha() and lower < 2:
        if toks[j].is_title:
            lower = 0
        elif not (lower == 1 and not toks[j - 1].is_title and in_dictionary(toks, j)):
            lower += 1  # (the second syllable of "an ninh" is no second word)
        j += 1
    end = j - 1 if lower == 2 else j  # the second lowercase syllable is no part of it
    if end > i + 3 and not toks[end - 1].is_title and (toks[end - 1].norm == AND or phrase_at(toks, end - 1, STOPS)):
        end -= 1  # "Thi đua Vì chủ quyền Biển Đông | và giữ vững …"
    return end if end - i <= MAX_UNQUOTED else 0


def quoted_campaigns(ctx: Context, sent: Sentence, toks: list[Token], matches: list[Match]) -> Iterator[Campaign]:
    """Each run of quoted titles that follows a cue."""
    floor, outer = 0, -1
    for opening, run in quote_runs(sent.text):
        first = token_at(toks, opening)
        nested = opening < outer  # a title quoted inside the quotation before: its speaker is the quotation's
        cue = find_cue(toks, matches, first, 0 if nested else floor)
        floor, outer = token_at(toks, run[-1][1] + 1), max(outer, run[-1][1])
        if cue is None or not nested and is_speech_after(toks, matches, floor):
            continue
        if nested and not cue_right_before(toks, cue, first):
            continue  # "… phải tránh kiểu ‘Đánh trống bỏ dùi’ …": a saying in the speech, no campaign
        kind = "theme" if cue.label == "THEME" else "campaign"
        if kind == "theme" and not is_emulation_theme(toks, matches, cue, first):
            continue
        year = campaign_year(ctx, sent.text, run, kind)
        for start, end in run:
            name = " ".join(sent.text[start:end].split())  # one line again if a PDF wrapped it
            yield Campaign(name, kind, year, ctx.evidence(sent, start, end, f"campaigns/{kind}-quoted"))


def cue_right_before(toks: list[Token], cue: Match, quote: int) -> bool:
    """Whether the cue stands right before a title quoted inside a speech, at most one word apart besides "thi
    đua" and a year: "phong trào ‘Toàn dân đoàn kết …’", "phong trào thi đua năm 2023 ‘…’"."""
    filler = [t for t in toks[cue.end : quote] if t.text != ":" and t.norm not in NESTED_FILLER
              and not t.text.isdecimal()]
    return len(filler) <= MAX_NESTED_FILLER


NESTED_FILLER = frozenset(norm(w) for w in ("thi", "đua", "năm"))
MAX_NESTED_FILLER = 1


def is_speech_after(toks: list[Token], matches: list[Match], k: int) -> bool:
    """A quotation followed by who said it: "“…”, một phát ngôn viên quân đội nói"."""
    if k >= len(toks) or toks[k].text != ",":
        return False
    end = next((i for i in range(k, len(toks)) if toks[i].text in ".;!?"), len(toks))
    return any(m.id == "speech" and k < m.start < min(end, k + SPEAKER_REACH) for m in matches)


def quote_runs(text: str) -> list[tuple[int, list[tuple[int, int]]]]:
    """Quoted titles as (start, end) of their trimmed content, grouped into runs of titles only
    commas, semicolons or "và" apart ("“A”, “B” và “C”"); each run with the offset of its
    opening quote."""
    runs: list[tuple[int, list[tuple[int, int]]]] = []
    last_close = -1
    for m in QUOTE_RE.finditer(text):
        group = next(g for g in range(1, 6) if m.group(g) is not None)
        span = title_span(text, m.start(group), m.end(group))
        joined = runs and RUN_GAP_RE.fullmatch(text, last_close, m.start())
        last_close = m.end()
        if span is None:
            runs.append((m.start(), []))  # a quotation that is no title breaks the run
        elif joined and runs[-1][1]:
            runs[-1][1].append(span)
        else:
            runs.append((m.start(), [span]))
        if group <= DOUBLE_QUOTES and ("'" in m.group(group) or "‘" in m.group(group)):
            runs += nested_titles(text, m.start(group), m.end(group))
    return [(opening, run) for opening, run in runs if run]


DOUBLE_QUOTES = 3  # the groups of QUOTE_RE in double quotes (“…”, "…", «…»)
NESTED_RE = re.compile(r"‘([^‘’\n]+)’|(?<!\w)'([^'\n]+)'(?!\w)")


def nested_titles(text: str, start: int, end: int) -> list[tuple[int, list[tuple[int, int]]]]:
    """Titles in single quotes inside a quoted speech, a run each: "“Chúng tôi coi đây là cách làm phong trào ‘Toàn
    dân đoàn kết …’ bằng chính nghề của mình”" (each still needs its cue)."""
    out = []
    for m in NESTED_RE.finditer(text, start, end):
        group = 1 if m.group(1) is not None else 2
        span = title_span(text, m.start(group), m.end(group))
        if span is not None:
            out.append((m.start(), [span]))
    return out


def title_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The quote's content without edge punctuation, if it reads like a title."""
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    title = text[start:end]
    words = title.split()
    if not 2 <= len(words) <= MAX_WORDS or "?" in title or words[0].lower() == "về":
        return None  # "Về tiếp tục đổi mới …" is how directives and resolutions are titled
    if not (title[0].isupper() or title[0].isdecimal()):
        return None  # a lowercase quotation is a turn of phrase: phong trào "vú sữa mùa nghịch"
    return start, end


def token_at(toks: list[Token], offset: int) -> int:
    """Index of the first token that starts at or after ``offset``."""
    return next((i for i, t in enumerate(toks) if t.start >= offset), len(toks))


def find_cue(toks: list[Token], matches: list[Match], quote: int, floor: int) -> Match | None:
    """The cue closest before the opening quote (token index ``quote``), if the words between
    them are few and name no document, event or speech."""
    cues = [m for m in matches if m.label in CUE_LABELS and floor <= m.start and m.end <= quote]
    if not cues:
        return None
    cue = max(cues, key=lambda m: (m.end, m.end - m.start))
    filler = [t for t in toks[cue.end : quote] if t.text != ":"]
    if cue.id == THEME_ID or filler and filler[-1].norm == IS:
        # a year does not count between a theme's cue or a copula and the quote: "chủ đề thi đua … năm 1989 là
        # “…”"; after a campaign's cue it does, its quote being a saying: "phong trào thi đua năm 2021 - 2022
        # gắn với học tập và làm theo Bác “Thầy thuốc như mẹ hiền”"
        filler = [t for k, t in enumerate(toks[cue.end : quote], cue.end) if t.text != ":" and not in_year(toks, k)]
    reach = MAX_COPULA_FILLER if filler and filler[-1].norm == IS and cue_opens_clause(toks, cue) or (
        pact_clause(toks, cue.end, quote)) else MAX_FILLER
    if len(filler) > reach or any(t.text in FILLER_PUNCT for t in filler):
        return None
    if any(m.label == "OTHER" and m.start >= cue.end and m.end <= quote for m in matches):
        return None
    return cue


def in_year(toks: list[Token], k: int) -> bool:
    """Whether token ``k`` belongs to a year, which does not count in the distance from a cue to its quote: "chủ đề
    thi đua của ngành tiểu thủ công nghiệp | năm 1989 | là “…”", "năm học 2017 - 2018"."""
    t = toks[k]
    if is_year(t):
        return True
    if t.text in DASHES:
        return 0 < k < len(toks) - 1 and is_year(toks[k - 1]) and is_year(toks[k + 1])
    if t.norm == SCHOOL and k and toks[k - 1].norm == YEAR_WORD:
        j = k + 1
    elif t.norm == YEAR_WORD:
        j = k + 2 if k + 1 < len(toks) and toks[k + 1].norm == SCHOOL else k + 1
    else:
        return False
    return j < len(toks) and is_year(toks[j])


DASHES = frozenset("-–")
THEME_ID = "theme"  # "chủ đề", "khẩu hiệu thi đua" in campaigns.jsonl
SCHOOL = norm("học")  # "năm học 2017 - 2018"


def pact_clause(toks: list[Token], a: int, quote: int) -> bool:
    """Whether a relative clause of a pact or a launch ends right before the colon that opens the quote: "chủ đề thi
    đua năm 2015 | mà các hội vừa cùng ký giao ước: “…”" (``campaigns.content_leads.txt``, after "mà")."""
    if quote < 2 or toks[quote - 1].text != ":":
        return False
    rel = next((k for k in range(a, quote) if toks[k].norm == RELATIVE), None)
    return rel is not None and any(phrase_at(toks, k, CONTENT_LEADS) for k in range(rel + 1, quote - 1))


RELATIVE = norm("mà")


def cue_opens_clause(toks: list[Token], cue: Match) -> bool:
    """Whether the cue is its clause's subject, at most a time or "Năm nay" before it: "Chủ đề thi đua năm
    2016 mà Khối đề xuất và được các đơn vị nhất trí | là “…”" (then a relative clause of any length
    may stand between it and "là")."""
    clause = max((i + 1 for i in range(cue.start) if toks[i].text in ",;:"), default=0)
    return all(t.norm in CLAUSE_LEAD or t.text.isdecimal() for t in toks[clause : cue.start])


IS = norm("là")
MAX_COPULA_FILLER = 24  # words between a cue that opens its clause and "là" right before the quote
CHOOSING = load_phrases("campaigns.choosing.txt")
CONTENT_LEADS = load_phrases("campaigns.content_leads.txt")  # a pact or a launch before "với nội dung “…”"
CLAUSE_LEAD = frozenset(norm(w) for w in ("năm", "nay", "trong", "và", "còn"))  # "Trong năm 2016 chủ đề …"


def is_emulation_theme(toks: list[Token], matches: list[Match], cue: Match, quote: int) -> bool:
    """A theme cue counts in a sentence about emulation work, not for a festival or a talk: no
    event in its clause, and an emulation word before the quote, or a year right after the cue
    ("chủ đề năm 2023", "chủ đề 2023", "chủ đề điều hành của Chính phủ năm 2023") or in its clause before it."""
    clause = max((i + 1 for i in range(cue.start) if toks[i].text in ",;:"), default=0)
    # (a clause of its own after "và" and a verb of choosing: "tổ chức hội thảo …, | và lấy chủ đề …")
    own = max((i + 1 for i in range(clause, cue.start) if toks[i].norm == AND and phrase_at(toks, i + 1, CHOOSING)),
              default=clause)
    if any(m.label == "EVENT" and m.start >= own and m.end <= cue.start for m in matches):
        return False
    if cue.id == "content":  # "ký kết giao ước thi đua … | với nội dung “…”", not "họp | với nội dung “…”"
        return any(phrase_at(toks, k, CONTENT_LEADS) for k in range(own, cue.start))
    if any(m.label == "EMULATION" and m.end <= quote for m in matches):
        return True  # "… thi đua … chủ đề", "chủ đề thi đua của ngành Tài chính «…»", "khẩu hiệu thi đua"
    if clause == 0:  # a fronted theme: "Với chủ đề “…”, lãnh đạo 8 sở đã ký giao ước thi đua …" (up to ";" or ".")
        stop = next((k for k in range(quote + 1, len(toks)) if toks[k].text in ";."), len(toks))
        after = [m for m in matches if quote < m.start and m.end <= stop]
        if not any(m.label == "EVENT" for m in after) and any(
                m.label == "EMULATION" and m.id == "work" for m in after):
            return True
    if any(t.norm == YEAR_WORD for t in toks[cue.end : quote]):
        return True  # "chủ đề năm 2023"
    if cue.end < quote and is_year(toks[cue.end]):
        return True  # "chủ đề 2023:", "Theme 2007: “…”"
    # "các chi nhánh năm 2015 bám sát chủ đề “…”": the year in the clause before the cue
    return any(toks[k].norm == YEAR_WORD and is_year(toks[k + 1]) for k in range(clause, cue.start - 1))


def campaign_year(ctx: Context, text: str, run: list[tuple[int, int]], kind: str) -> int | None:
    """The year named closest before the titles, else one named after them; a theme without one
    is the document's year."""
    before = years_in(text[: run[0][0]])
    if before:
        return before[-1]
    after = years_in(text[run[-1][1] :])
    if after:
        return after[0]
    return ctx.year if kind == "theme" else None
