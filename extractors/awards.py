"""Extractor: awards, and who receives or is proposed for them.

    Cục Kiểm tra văn bản quy phạm pháp luật được đề nghị xét tặng Cờ thi đua ngành Tư pháp.
        -> award "Cờ thi đua ngành Tư pháp", recipient the subject, status proposed
    Thủ tướng đã trao Cờ thi đua của Chính phủ cho 16 đơn vị có thành tích xuất sắc …
        -> recipient the group after "cho"
    … trao tặng Huân chương Lao động hạng Ba cho sáu tập thể: Sở Y tế, Trung tâm Y tế dự phòng, …
        -> one award per recipient of the list
    VKS phúc thẩm tại TP HCM đã vinh dự đón nhận Huân chương Lao động hạng Nhì …
        -> recipient the subject of a verb of receiving
    Khối suy tôn Cục Hải quan X là đơn vị dẫn đầu, đề nghị Bộ Tài chính tặng Cờ thi đua …
        -> recipient the unit chosen, proposed; "Cờ thi đua … thuộc về Sở Tư pháp" -> granted

Some documents lay their awards out by line, and the sentence splitter cuts them apart:

    Điều 1. Tặng Bằng khen … cho 3 tập thể:   |  - Cờ thi đua của Chính phủ: Cục Thuế A, Cục Thuế B;
    1. Sở Tư pháp, đơn vị dẫn đầu …;          |  STT | Đơn vị | Điểm | Hình thức đề nghị khen thưởng
    2. Ủy ban nhân dân xã Vũ Hội, …;          |  1 | Công an tỉnh Quảng Ninh | 98,5 | Cờ thi đua của Chính phủ

these are read from the document's lines (a list after a heading that ends in a colon, an award
and its recipients after a colon, table rows under a header that names the recipients' column).

An award is a head from ``patterns/awards.jsonl`` (Cờ thi đua, Bằng khen, Giấy khen, Huân
chương …, Huy chương …, danh hiệu thi đua) with its rank ("hạng Nhì") or its grantor ("của Thủ
tướng Chính phủ", "ngành Tư pháp"); the name ends before "cho", "vì", "về", "do", "năm" and
punctuation. A mention without a recipient ("công tác khen thưởng", "trao tặng cờ, bằng khen
cho tập thể, cá nhân xuất sắc" in general) yields nothing. Status is "proposed" when a verb of
proposing (đề nghị, đề xuất, xét tặng, trình, suy tôn …) governs the award, else "granted".

Recipients named elsewhere: "Năm 2022, Cục Thuế tỉnh X thu … | Đơn vị vinh dự được Thủ tướng tặng
Bằng khen" (the unit the previous sentence opens with), "Ngôi trường từng đón nhận …" or "… cho tập
thể Công ty" (the last school or company named in full), "…; đồng thời nhận Cờ thi đua …" (the
subject of the clause before), "- Tổ khối 3 và Tổ khối 5: được công nhận …" (before a list line's
colon). Also: a lower-case stand-in opening a clause ("Dẫu vậy, trường có … và được Sở tặng cờ thi đua"),
stand-ins in a row ("Đơn vị …. Trước đó, năm 2015, đơn vị được …"), a bare "cho ông" (the person named
just before), a subject across ";" or a dash ("TP đã khen thưởng …; được đón nhận …", "Công ty X - Chủ
đầu tư Y - trở thành đơn vị … được tặng …"), "TP" for the city named in full before, and abbreviations
the document defines spelt out ("KBNN Cần Thơ" -> "Kho bạc Nhà nước Cần Thơ"). An award put off, taken
away or denied ("hoãn xét tặng", "bị tước", "không được tặng") and the chair's rotating flag ("cờ thi
đua luân lưu") are no awards. An honour title before a name or in apposition to it ("anh hùng lao
động Bùi Văn Thọ", "GS Trần Văn Giàu (93 tuổi), anh hùng lao động …") is an award the person holds. A mention that only
repeats a fuller one to the same unit (a headline's "Huân chương Lao động" beside "Huân chương Lao
động hạng Nhì") is left out, and so is one that names its recipient by a common abbreviation another
spells out ("TAND tỉnh X" in the headline, "Tòa án nhân dân tỉnh X" in the text).

More subjects: a clause joined by ", và được …" has the subject the sentence opens with; a name before
an apposition between dashes ("chị A – người phụ nữ Jrai nhỏ nhắn – vừa được …"); after a verb of
saying ("Ông A, Giám đốc Công ty, cho biết, | chị B đã được tặng …"), "chị B" standing for the full
name given before; "xếp X dẫn đầu, đề nghị … tặng" proposes X. More lists: a clause after ";" that
opens with an award goes on with the verb of giving before ("…cho A; Cờ thi đua của Bộ cho B"); a
team and the farm it belongs to are one unit ("Đội sản xuất số 3, Nông trường Ia Blang"); a place
after "và" shares the head of the name before it ("Agribank chi nhánh Sóc Trăng và Hậu Giang").

Also: foreign names ("cho ông" after "ông József": "Nyerki József"); a sector and its place ("thể thao
TPHCM lại có được tấm bằng khen"), a sector alone for the unit of its head named before ("ngành công an,
với thành quả được … tặng" -> "Công an TPHCM"); the members a group names in the sentences after it ("cho 4
tập thể và 6 cá nhân. Các tập thể gồm: …"), and a group left out where the same award's recipients are
named one by one and it counts as many or gives no number (a decision's title, a photo caption); the
names before "và 02 cá nhân:"; "Award: recipients" clauses after a caption; "tôi" in an interview (the
person the interview is with); a brand in capitals given in brackets ("(PV GAS)"); "lần thứ ba X được …",
"Đảng bộ, chính quyền và nhân dân xã X"; a stand-in after ";" ("; năm 2019, đơn vị tiếp tục được …"); a
unit reported after "cho thấy" as the one "Đơn vị" stands for next; an award aimed at ("đặt mục tiêu
đạt", "phấn đấu", "để đạt") is none. The year of a period is its last ("giai đoạn 2014 - 2018").

This module reads a sentence; the rules it calls are apart: ``awards_names`` (the award's name),
``awards_verbs`` (verbs and status), ``awards_subjects`` (the subject that receives),
``awards_lists`` (groups and lists of recipients), ``awards_groups`` (the members a group names),
``awards_lines`` (lists, tables and headed lines laid out by line), ``awards_speakers`` (who "tôi"
is in an interview), ``awards_years`` (the year of an award) and ``awards_words`` (lexicons and shared
token tests).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import replace

from extractors.awards_appended import appended_awards, lists_over_headings
from extractors.awards_grantors import grantor_named, grounds_dropped
from extractors.awards_groups import group_named_after, named_over_groups, places_apart
from extractors.awards_lines import (
    headed_lists,
    is_proposal,
    list_caption,
    listed_awards,
    opens_list,
    run_together_rows,
    table_awards,
)
from extractors.awards_lists import (
    LATIN_BRAND_RE,
    MAX_PLACE,
    dated_item_year,
    is_group,
    list_after_la,
    list_items,
    named_subset,
    person_at,
    recipients_after,
    region_end,
    tag_end,
)
from extractors.awards_names import TITLE_WORDS, award_spans, chains
from extractors.awards_speakers import (
    interviewee,
    interviewee_unit,
    own_unit,
    says_i,
    says_we,
    speaker_unit,
    titled_unit,
)
from extractors.awards_subjects import (
    LEADS,
    PLACINGS,
    anaphor_head,
    anaphoric_subject,
    antecedent,
    bare_head,
    honour_holder,
    line_head,
    named_with_head,
    only_adverbs,
    opens_with_anaphor,
    skip_time,
    subject_items,
    subjects_before,
)
from extractors.awards_verbs import (
    cho_after,
    clause_start,
    goes_to,
    grant_verb_near,
    passive_before,
    proposal_near,
    proposed_subject,
    status_before,
    verb_group_before,
)
from extractors.awards_words import (
    ADVERBS,
    ALSO,
    ANAPHORS,
    AND,
    BETWEEN,
    CLAUSE_END,
    COMMA,
    FOR,
    GROUPS,
    IS,
    LIST_OPENERS,
    PATTERNS,
    RANK_WORDS,
    SECTORS,
    TIME_WORDS,
    UNIT_HEADS,
    VERBS,
    AwardSpan,
    after_year,
    is_whole_words,
    names_award,
    same_unit,
    withdrawn,
)
from extractors.awards_years import award_year, bracket_year, clause_year, first_year
from extractors.base import Context, extractor
from extractors.lines import LIST_MARKER, body_lines, find_patterns, load_phrases, phrase_at
from extractors.nlp import Match, Token, lazy_tokens, norm
from extractors.persons import HONORIFICS, VIET_SYLLABLE, find_names, foreign_name_end, name_end, own_sentences
from extractors.scope import spell_defined, unit_before
from extractors.units import ACRONYM_RE, defined_abbreviations, document_key, dotted_place, spell_out, unit_key
from extractors.units import BRAND_RE as UNIT_BRAND_RE
from schemas.document import Sentence
from schemas.facts import Award
from schemas.names import canon


@extractor("awards", needs=())
def find_awards(ctx: Context) -> list[Award]:
    """Every award and recipient, less a mention that only repeats a fuller one (the headline's
    "VKS phúc thẩm nhận huân chương lao động" beside "… đón nhận Huân chương lao động hạng Nhì"), or
    that names its recipient by a common abbreviation another mention spells out (the headline's
    "TAND tỉnh X đón nhận Huân chương …" beside "… trao Huân chương … cho Tòa án nhân dân tỉnh X")."""
    found = grantor_named(ctx.doc.text, grounds_dropped([city_named(ctx, a) for a in all_awards(ctx)]))
    found = by_initials(spelt_out(ctx, found))
    found = grantor_in_full(places_apart(named_over_groups(lists_over_headings(ctx, found))))
    names = [(canon(a.award), canon(a.recipient)) for a in found]
    keys = [unit_key(a.recipient) if ACRONYM_RE.search(a.recipient) else who
            for a, (_, who) in zip(found, names, strict=True)]
    spelt = {(name, key) for (name, who), key in zip(names, keys, strict=True) if key == who}
    kept = [a for a, (name, who), key in zip(found, names, keys, strict=True)
            if not any(other.startswith(name + " ") and same_unit(who, to) for other, to in names)
            and not (key != who and (name, key) in spelt)]
    return once_a_sentence(kept)


def grantor_in_full(found: list[Award]) -> list[Award]:
    """Awards whose grantor is a bare head ("Cờ thi đua của Bộ", a table's header) named as the one other award
    of the document that goes on from it ("Cờ thi đua của Bộ Giáo dục và Đào tạo")."""
    bare = {a.award for a in found if BARE_GRANTOR_RE.search(a.award)}
    if not bare:
        return found
    names = {canon(a.award): a.award for a in found}
    full = {}
    for name in bare:
        key = canon(name) + " "
        longer = {n for c, n in names.items() if c.startswith(key)}
        if len(longer) == 1:
            full[name] = longer.pop()
    return [replace(a, award=full[a.award]) if a.award in full else a for a in found]


BARE_GRANTOR_RE = re.compile(r"\bcủa (?:Bộ|Sở|Tỉnh|Ban|Cục|Tổng cục|Tổng công ty|Tập đoàn|Hội|Ủy ban|UBND)$")


def once_a_sentence(found: list[Award]) -> list[Award]:
    """Each award once a sentence: a headline glued to the lead ("X đón nhận Huân chương Sao Vàng (NLĐ)- …
    và đón nhận Huân chương Sao Vàng.") states one fact twice."""
    seen: set[tuple] = set()
    out = []
    for a in found:
        key = (a.evidence.sent_start, canon(a.award), canon(a.recipient), a.year, a.status)
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


def spelt_out(ctx: Context, found: list[Award]) -> list[Award]:
    """Recipients with the abbreviations the document defines spelt out, where the document writes
    the long form: "Kho bạc Nhà nước Cần Thơ (KBNN Cần Thơ) …. tặng Cờ thi đua cho KBNN Cần Thơ"
    -> "Kho bạc Nhà nước Cần Thơ"."""
    found = bracketed_after_unit(ctx, found)
    if not any(ACRONYM_RE.search(a.recipient or "") or UNIT_BRAND_RE.fullmatch(a.recipient or "")
               or " và " in (a.recipient or "") for a in found):
        return found  # (nothing abbreviated: no "TAND tỉnh X", no "Vietcombank", no "Lilama và Vinaconex")
    found = brands_spelt_out(ctx.doc.text, found)
    defined = defined_abbreviations(s.text for s in ctx.sentences)
    if not defined:
        return found
    key = document_key(ctx.doc.text)
    found = [part for a in found for part in split_at_abbreviation(a, defined)]
    text = ctx.doc.text
    coined = {short: long for short, long in defined.items() if " " in short}  # "TW Hội CCB", read whole
    return [replace(a, recipient=spell_out(spell_defined(a.recipient, coined), defined, key))
            if a.recipient and spelt_in_full(text, a.recipient, written_in(a)) else a for a in found]


def by_initials(found: list[Award]) -> list[Award]:
    """Recipients written with an abbreviation that another recipient spells out word for word, its
    initials the abbreviation's letters: "Chi cục QLTT tỉnh Nghệ An" (a table's row) -> "Chi cục Quản lý
    thị trường tỉnh Nghệ An" (the text), "Sở GD&ĐT tỉnh X" -> "Sở Giáo dục và Đào tạo tỉnh X" ("&": "và")."""
    short = [a.recipient for a in found if a.recipient and ACRONYM_RE.search(a.recipient)]
    if not short:
        return found
    full = {a.recipient for a in found if a.recipient and not ACRONYM_RE.search(a.recipient)}
    spelt = {}
    for name in short:
        words = name.split(" ")
        for k, word in enumerate(words):
            letters = word.replace("&", "")
            if not ACRONYM_RE.fullmatch(word) or not letters.isalpha():
                continue
            e = k + 1  # a run of abbreviations: "NHNN CN tỉnh X" -> "Ngân hàng Nhà nước chi nhánh tỉnh X"
            while e < len(words) and ACRONYM_RE.fullmatch(words[e]) and words[e].replace("&", "").isalpha():
                letters += words[e].replace("&", "")
                e += 1
            head, tail = words[:k], words[e:]
            for other in full:
                ow = other.split(" ")
                run = ow[k : len(ow) - len(tail)]
                if len(run) >= len(letters) and ow[:k] == head and ow[len(ow) - len(tail) :] == tail \
                        and "".join(w[:1] for w in run if w != "và").upper() == letters:
                    spelt[name] = other
    return [replace(a, recipient=spelt[a.recipient]) if a.recipient in spelt else a for a in found]


def written_in(award: Award) -> bool:
    """Whether an award's recipient is written in its own clause (not brought from another by an
    anaphor: "Đơn vị được tặng …" after "Bộ CHQS tỉnh X")."""
    return award.evidence.rule.rsplit("/", 1)[-1] != "named-earlier"


def spelt_in_full(text: str, short: str, written: bool = True) -> bool:
    """Whether a recipient written short is spelt out: where the document defines it whole in brackets
    after its long form ("Kho bạc Nhà nước Cần Thơ (KBNN Cần Thơ)", "… (sau đây gọi tắt là KBNN)"), or
    where an anaphor brings it from another sentence ("Bộ CHQS tỉnh X …. Đơn vị được tặng …"). One
    written in the award's sentence with an abbreviation the document defines, at its head or inside
    it, is the unit's usual short name, left as written ("Tòa án nhân dân (TAND) tỉnh X" … "cho TAND
    tỉnh X"; "Hội Cựu chiến binh (CCB)" … "cho Hội CCB tỉnh X"; "Bộ Chỉ huy BĐBP tỉnh X")."""
    if not ACRONYM_RE.search(short) or not written:
        return True
    at = text.find(short + ")")
    while at >= 0:
        opening = text.rfind("(", 0, at)
        if opening >= 0 and "\n" not in text[opening:at] and (opening == at - 1 or text[at - 1] == " "):
            return True
        at = text.find(short + ")", at + 1)
    return False


def split_at_abbreviation(award: Award, defined: dict[str, str]) -> list[Award]:
    """A recipient "A và X", X an abbreviation the document defines for a unit, is two recipients:
    "Cục Quản lý giá và QLCS" (the list's "và" before a unit's short name, which no unit head marks)."""
    words = (award.recipient or "").split(" ")
    k = next((i for i in range(1, len(words) - 1) if words[i] == "và" and words[i + 1] in defined
              and defined[words[i + 1]][:1].isupper()), None)
    if k is None:
        return [award]
    return [replace(award, recipient=" ".join(words[:k])), replace(award, recipient=" ".join(words[k + 1 :]))]


def brands_spelt_out(text: str, found: list[Award]) -> list[Award]:
    """Recipients named by a brand of several words in capitals that the document gives in brackets
    after another recipient's full name: "Tổng công ty Khí Việt Nam - CTCP (PV GAS) … trao Huân chương
    … cho PV GAS" -> "Tổng công ty Khí Việt Nam - CTCP"."""
    brands = {a.recipient for a in found if a.recipient and BRAND_RE.fullmatch(a.recipient)}
    if not brands:
        return found
    full = {}
    for brand in brands:
        full.update((brand, a.recipient) for a in found if a.recipient and f"{a.recipient} ({brand})" in text)
    return [replace(a, recipient=full[a.recipient]) if a.recipient in full else a for a in found]


def bracketed_after_unit(ctx: Context, found: list[Award]) -> list[Award]:
    """Recipients named by a short form (a brand or an abbreviation, then a place) that the document
    gives whole in brackets right after a unit's full name (perhaps after "sau đây gọi tắt là"): "Ngân
    hàng TMCP Ngoại thương Việt Nam - Chi nhánh Nghệ An (Vietcombank Nghệ An) … tặng Cờ thi đua cho
    Vietcombank Nghệ An" -> the full name (a parent and its branch joined by a dash read as one)."""
    text = ctx.doc.text
    full: dict[str, str | None] = {}
    for a in found:
        who = a.recipient or ""
        first = who.split(" ", 1)[0]
        if who in full or not (UNIT_BRAND_RE.fullmatch(first) or ACRONYM_RE.fullmatch(first)
                               or LATIN_RE.fullmatch(first) and VIET_SYLLABLE.fullmatch(norm(first)) is None):
            continue  # (a Latin word before a number or a place: "(Cienco 4)", "(Sabeco Miền Tây)")
        if " " not in who and not LATIN_BRAND_RE.fullmatch(who):
            continue  # (one word: a brand of several syllables, "(Lilama)"; an acronym is ``defined_abbreviations``')
        m = re.search(rf"\((?:{INTRO} )?{re.escape(who)}\)", text)
        full[who] = unit_before(ctx, m.start()) if m else None
    found = [replace(a, recipient=full[a.recipient]) if full.get(a.recipient or "") else a for a in found]
    return brands_ending_units(ctx, found)


def brands_ending_units(ctx: Context, found: list[Award]) -> list[Award]:
    """Recipients named by a brand of one word that the document writes elsewhere only as the end of one unit's
    full name: "Khối gồm … Công ty cổ phần Vận tải biển Vinaship, … . Vinaship được tặng …" -> the full name."""
    brands = {a.recipient for a in found if a.recipient and " " not in a.recipient
              and (UNIT_BRAND_RE.fullmatch(a.recipient) or LATIN_BRAND_RE.fullmatch(a.recipient))}
    full: dict[str, str] = {}
    for brand in brands:
        names = set()
        for m in re.finditer(rf"(?<!\w){re.escape(brand)}(?!\w)", ctx.doc.text):
            unit = unit_before(ctx, m.end())
            if unit and unit != brand and unit.endswith(" " + brand):
                names.add(unit)
        if len(names) == 1:
            full[brand] = names.pop()
    return [replace(a, recipient=full[a.recipient]) if a.recipient in full else a for a in found] if full else found


LATIN_RE = re.compile(r"[A-Z][a-z]{3,}")  # a word with no Vietnamese mark ("Cienco"; with no Vietnamese syllable too)


# lowercase words that may open the bracket: "(sau đây gọi tắt là ACB Hà Tĩnh)", "(viết tắt: BIDV Vinh)"
INTRO = r"(?:sau đây )?(?:được )?(?:gọi tắt là|gọi là|viết tắt là|viết tắt:|tên viết tắt:?|gọi tắt:)"


BRAND_RE = re.compile(r"[A-ZĐ]{2,}(?: [A-ZĐ]{2,})+")  # "PV GAS", "PV OIL" (one word: ``defined_abbreviations``)


def city_named(ctx: Context, award: Award) -> Award:
    """A recipient "TP" is the city the document named in full before it: "TPHCM …. TP đã khen thưởng …;
    được đón nhận danh hiệu …" -> "TPHCM"."""
    if award.recipient != "TP":
        return award
    cities = list(CITY_RE.finditer(ctx.doc.text, 0, award.evidence.start))
    return replace(award, recipient=" ".join(cities[-1].group().split())) if cities else award


CITY_RE = re.compile(r"\bTP\.? ?HCM\b|\b(?:TP\.?|[Tt]hành phố) (?:[A-ZĐ][\w]+ ?){1,3}(?<! )")  # "TPHCM", "TP Cần Thơ"


def all_awards(ctx: Context) -> Iterator[Award]:
    earlier: list[Sentence] = []
    sentences = own_sentences(ctx)
    for k, sent in enumerate(sentences):
        if names_award(sent.text):
            found = awards_in(ctx, plain_bullet(sent), earlier, sentences[k + 1 : k + 1 + MAX_LISTED_AFTER])
            yield from (proposed_by_caption(ctx, sent, found))
        earlier.append(sent)
    yield from table_awards(ctx)
    yield from run_together_rows(ctx)
    yield from headed_lists(ctx)
    yield from appended_awards(ctx)


def plain_bullet(sent: Sentence) -> Sentence:
    """A sentence that opens with a pictured bullet ("✔️ Trạm Y tế xã A …", "➢ …", "✅ …") read as one that opens
    with a dash, the same length (the tagger reads the symbols as nouns glued to the name after them)."""
    if not sent.text or sent.text[0].isalnum() or sent.text[0] in PLAIN_MARKS:
        return sent
    n = 0
    while n < len(sent.text) and unicodedata.category(sent.text[n]) in ("So", "Mn", "Sk", "Sm") and n < MAX_BULLET:
        n += 1
    if not n or n >= len(sent.text) or not sent.text[n].isspace():
        return sent
    return Sentence(sent.start, sent.end, "-" + " " * (n - 1) + sent.text[n:])


PLAIN_MARKS = frozenset("-–—+•*·([“\"'")
MAX_BULLET = 3  # characters of a pictured bullet: a symbol and its variation selector


def proposed_by_caption(ctx: Context, sent: Sentence, found: Iterator[Award]) -> Iterator[Award]:
    """The awards of a list item proposed where the caption over the list proposes: "Cụm đề nghị: |
    a) Chủ tịch nước tặng Huân chương … cho A; | b) Bộ trưởng tặng Cờ thi đua … cho B"."""
    found = list(found)
    if not any(a.status == "granted" for a in found) or not LIST_MARKER.match(sent.text):
        yield from found
        return
    lines = body_lines(ctx)
    k = next((i for i, line in enumerate(lines) if line.start <= sent.start < line.end), None)
    caption = list_caption(lines, k) if k is not None and lines[k].start == sent.start else ""
    proposes = caption.rstrip().endswith(":") and is_proposal(caption)
    for a in found:
        yield replace(a, status="proposed") if proposes and a.status == "granted" else a


MAX_LISTED_AFTER = 2  # sentences after a group that may name its members ("Các tập thể gồm: …")


def awards_in(ctx: Context, sent: Sentence, earlier: list[Sentence] | None = None,
              later: list[Sentence] = ()) -> Iterator[Award]:
    earlier = earlier or []
    toks = lazy_tokens(sent.text)
    matches = find_patterns(PATTERNS, sent.text)
    spans = award_spans(toks, matches)
    if not spans:
        return
    verbs = [m for m in matches if m.label in VERBS and is_whole_words(toks, m)]
    starts = {s.start for s in spans}
    year = award_year(ctx, sent.text)
    all_chains = chains(toks, spans)
    shared: tuple[int, list] = (-1, [])  # end of the last chain given to a subject, and its findings
    given: tuple[int, str] = (-1, "")  # end of the last chain given "cho" someone, and its status
    carried: tuple[int, tuple | None] = (-1, None)  # end of the last chain given to a unit named before, and whom
    for chain in all_chains:
        if withdrawn(toks, chain[0].start):
            continue  # "đề nghị Chính phủ hoãn xét tặng cờ thi đua cho …", "bị tước danh hiệu …"
        found = list(recipients_of(toks, verbs, starts, chain))
        named = counted_stand_in(ctx, earlier, sent, toks, verbs, chain) if (
            not found or found[0][0] == "subject-receives") else []
        if named:
            status = "proposed" if verb_group_before(toks, verbs, chain[0].start).proposed else "granted"
            own = first_year(sent.text) or first_year(named[0][0].text) or year
            yield from (carried_award(ctx, one, sent, toks, award, status, own, "named-earlier")
                        for one in named for award in chain)  # "Hai xã này được đề nghị tặng …"
            continue
        we = not found and says_we(toks, verb_group_before(toks, verbs, chain[0].start))
        if not found and not we and shared[1] and (shares_subject(toks, verbs, shared[0], chain[0].start)
                                         or elided_subject(toks, verbs, shared[0], chain[0].start)):
            found = shared[1]  # "X được Bộ trưởng tặng Bằng khen, Giám đốc Công an tỉnh tặng Giấy khen"
        if not found and not we and given[1] and continues_giving(toks, given[0], chain[0].start):
            found = list(elliptic_cho(toks, verbs, starts, chain, given[1]))
        if found and found[0][0] == "subject-receives":
            shared = (chain[-1].end, found)
        if found and found[0][0] == "award-cho-recipient":
            given = (chain[-1].end, found[0][1])
        if not found and not we:
            head = line_head(toks, verbs, chain[0].start)  # (not "Ông A nói: “… chúng tôi được tặng …”")
            found = [("line-head", status_before(toks, verbs, chain[0].start), head)] if head else []
        if not found:
            found = list(colon_pairs(toks, verbs, chain))
        holder = honour_holder(toks, chain[0]) if not found and len(chain) == 1 else None
        if holder:  # "anh hùng lao động Bùi Văn Thọ", "GS Trần Văn Giàu, anh hùng lao động …"
            found = [("honour-of-person", "granted", [holder])]
        if not found and not we:  # (not "Tỉnh bạn được tặng …, Sở chúng tôi được tặng …": the speaker's unit)
            target = earlier_target(ctx, earlier, sent, toks, verbs, starts, chain)
            if target is None and carried[1] and elided_subject(toks, verbs, carried[0], chain[0].start):
                group = verb_group_before(toks, verbs, chain[0].start)  # "- Trường được … tặng Cờ thi đua …; |
                target = carried[1][0], "proposed" if group.proposed else "granted"  # được công nhận …"
            if target is None and opens_with_verb(toks, verbs):
                ranked = line_unit_before(ctx, earlier, sent)  # "- Thứ nhất: Công ty X - 97 điểm. | Đề nghị tặng …"
                target = (ranked, status_before(toks, verbs, chain[0].start)) if ranked else None
            if target is None:
                target = addressed_subject(ctx, earlier, sent, toks, verbs, chain)  # "… anh A …. | Năm 2018 anh được …"
            if target is not None:
                carried = (chain[-1].end, target)
                yield from awards_named_earlier(sent, toks, chain, year, ctx, *target)
                continue
        if not found and says_i(toks, verb_group_before(toks, verbs, chain[0].start)):
            yield from interviewee_awards(ctx, sent, toks, verbs, chain, year)
            continue
        group = verb_group_before(toks, verbs, chain[0].start) if not found else None
        unit = speaker_unit(ctx, sent) if group is not None and says_we(toks, group) else None
        if unit:  # "Ông A, Giám đốc Công ty X: “Năm nay, chúng tôi vinh dự được nhận …”"
            status = "proposed" if group.proposed else "granted"
            yield from (carried_award(ctx, unit, sent, toks, award, status, year, "speaker-unit") for award in chain)
            continue
        if we and not found:
            continue  # "chúng tôi" with no speaker named: no one the award can be given to
        listed = []
        if chain is all_chains[-1] and opens_list(sent.text, toks, verbs, chain, found):
            status = found[0][1] if found else status_before(toks, verbs, chain[0].start)
            listed = list(listed_awards(ctx, sent, toks, chain, status, year))
        named = group_named_after(ctx, sent, toks, chain, found, year, later) if not listed else []
        own_year = bracket_year(sent.text, toks, chain) or clause_year(sent.text, toks, chain) or year
        yield from listed or named or chain_awards(ctx, sent, toks, chain, found, own_year, earlier)


def chain_awards(ctx: Context, sent: Sentence, toks: list[Token], chain: list[AwardSpan],
                 found: list[tuple[str, str, list[tuple[int, int]]]], year: int | None,
                 earlier: list[Sentence] = ()) -> Iterator[Award]:
    """One fact per award of the chain and recipient found ("ông Dũng" stands for the full name
    given before, when there is one)."""
    for rule, status, recipients in found:
        for a, b in recipients:
            sector = phrase_at(toks, a, SECTORS) == b - a
            person = (sector_named_earlier if sector else named_person_earlier)(list(earlier), sent, toks, a, b)
            if person is None and (rule == "award-cho-pronoun" or sector):
                continue  # no one named before "ông", no unit of the sector's head
            for award in chain:
                if person:
                    yield carried_award(ctx, person, sent, toks, award, status, year, rule)
                else:  # (a dated list piece with its own year: "năm 2016 - | tỉnh A; năm 2017 - | tỉnh B")
                    own = dated_item_year(toks, a) or year
                    yield make_award(ctx, sent, toks, award, (a, b), status, own, rule)


def colon_pairs(toks: list[Token], verbs: list[Match], chain: list[AwardSpan]) -> Iterator[
        tuple[str, str, list[tuple[int, int]]]]:
    """The recipients after an award and its colon, in a clause of their own inside a sentence: "Kết quả
    bình xét: | Cờ thi đua của Bộ Công an: Công an tỉnh Nghệ An; | Bằng khen của Bộ trưởng: Công an tỉnh
    Hà Tĩnh" (proposed when a verb of proposing stands before the first colon)."""
    first, k = chain[0].start, after_year(toks, chain[-1].end)
    if first == 0 or toks[first - 1].text not in ":;" or k >= len(toks) or toks[k].text != ":":
        return
    found = list_items(toks, k + 1, clause_end(toks, k + 1))
    if found:
        colon = next(i for i in range(len(toks)) if toks[i].text == ":")
        proposed = any(m.label in ("PROPOSE", "SELECT") and m.end <= colon for m in verbs)
        yield "award-colon-list", "proposed" if proposed else "granted", found


def stand_in_before(toks: list[Token], end: int, k: int) -> int:
    """Start of a lowercase stand-in for the unit named before ("đơn vị", "trường") that opens the
    clause of the verb group at ``k``, only adverbs after it ("; năm 2019, | đơn vị tiếp tục | được …");
    ``k`` when there is none."""
    for p in range(k - 1, end, -1):
        n = phrase_at(toks, p, ANAPHORS)
        if n and not toks[p].is_title and all(t.norm in ADVERBS for t in toks[p + n : k]):
            return p
        if toks[p].text in ",;":
            break
    return k


def interviewee_awards(ctx: Context, sent: Sentence, toks: list[Token], verbs: list[Match],
                       chain: list[AwardSpan], year: int | None) -> Iterator[Award]:
    """Awards "tôi" receives in an interview: the person the interview is with ("Vâng, tôi được Trung
    ương Đoàn tặng Huy chương …" -> "Trần Minh Khoa"); the evidence runs from the name to the award."""
    who = interviewee(ctx.doc.text, sent.start)
    if who is None:
        return
    a, b = who
    status = status_before(toks, verbs, chain[0].start)
    both = Sentence(a, sent.end, ctx.doc.text[a : sent.end])
    for award in chain:
        name = sent.text[toks[award.start].start : toks[award.end - 1].end]
        ev = ctx.evidence(both, 0, sent.start - a + toks[award.end - 1].end, "awards/interviewee")
        yield Award(name, ctx.doc.text[a:b], year, status, ev)


def elided_subject(toks: list[Token], verbs: list[Match], end: int, start: int) -> bool:
    """Whether the award at ``start`` is received by the subject of the one ending at ``end``, the
    clause between opening with its verb: "X đã đón nhận Huân chương …; | Đồng thời nhận | Cờ thi đua …",
    "X được tặng Bằng khen … | và năm 2007 được … tặng thưởng | Huân chương …"."""
    group = verb_group_before(toks, verbs, start)
    if group is None or not group.receives or group.start <= end:
        return False
    k = stand_in_before(toks, end, group.start)  # "…; năm 2019, | đơn vị tiếp tục | được tặng …"
    while k > end and (toks[k - 1].norm in ALSO or toks[k - 1].norm in TIME_WORDS or toks[k - 1].text.isdecimal()):
        k -= 1
    if k == end and any(t.norm == AND for t in toks[k : group.start]):
        return True  # "… được tặng Bằng khen … | và năm 2007 được Chủ tịch nước tặng thưởng Huân chương …"
    return k > end and toks[k - 1].text in ",;"


def counted_stand_in(ctx: Context, earlier: list[Sentence], sent: Sentence, toks: list[Token], verbs: list[Match],
                     chain: list[AwardSpan]) -> list[tuple[Sentence, tuple[int, int]]]:
    """The units or persons a counted stand-in opening the sentence stands for: "Qua bình xét, Cụm 1 suy tôn xã A,
    Cụm 2 suy tôn xã B. | Hai xã này | được đề nghị tặng …" -> "xã A", "xã B"; "… anh A … và chị B …. | Cả hai |
    được tặng …" -> the two persons. As many as the count says, named in the sentence before (same paragraph)
    with the kind word (capitalised too: "Phòng Kế toán và Phòng Kỹ thuật …. | Hai phòng này …"), or, with no kind
    or a person's (``awards.person_kinds.txt``: "Hai đồng chí này"), as persons; none otherwise ("Hai xã này" never
    stands for the persons who visited them)."""
    k = tag_end(toks)
    whole = k < len(toks) and toks[k].norm == ALL_OF  # "Cả hai …"
    k += whole
    if k >= len(toks):
        return []
    count = COUNT_WORDS.get(toks[k].norm) or (int(toks[k].text) if toks[k].text.isdecimal() and len(toks[k].text) <= 2
                                              else 0)
    group = verb_group_before(toks, verbs, chain[0].start) if count >= 2 else None  # (the count first: cheap)
    if group is None or not group.receives:
        return []
    stop = max(group.start, min((m.start for m in verbs if m.start > k), default=group.start))  # ("hai" no adverb)
    if k >= stop:
        return []
    d = next((i for i in range(k + 1, min(stop, k + 5)) if phrase_at(toks, i, DEMONSTRATIVES)), None)
    if d is None and whole:
        d = next((i for i in range(k + 1, stop + 1) if only_adverbs(toks, i, stop)), stop)
    if d is None or any(t.is_title or not t.text.isalpha() for t in toks[k + 1 : d]) or d - k > 4:
        return []
    if not only_adverbs(toks, d + phrase_at(toks, d, DEMONSTRATIVES), stop):
        return []
    prev = earlier[-1] if earlier else None
    if prev is None or "\n" in ctx.doc.text[prev.end : sent.start]:
        return []
    words = lazy_tokens(prev.text)
    kind = [t.norm for t in toks[k + 1 : d]]
    named = kind_named(words, kind) if kind else []
    if len(named) != count and (not kind or phrase_at(toks, k + 1, PERSON_KINDS) == d - k - 1):
        named = find_names(words)  # persons only for no kind or a person's ("Cả hai", "Hai đồng chí này")
    return [(prev, n) for n in named] if len(named) == count else []


def kind_named(words: list[Token], kind: list[str]) -> list[tuple[int, int]]:
    """The names written after a kind word: "xã | Tân An", "trường | THPT Lê Lợi", "tài xế | Lê Văn A" (the kind
    kept in a unit's name, a person's name alone); a capitalised head opens a unit's name: "Phòng | Kế toán",
    "Công ty | Cổ phần Sông Đà" (a lowercase word only after a capitalised one)."""
    named = []
    for i in range(len(words) - len(kind)):
        j = i + len(kind)
        if [t.norm for t in words[i:j]] != kind or not words[j].is_title:
            continue
        if words[i].is_title:
            e = j
            while (e < len(words) and e - j < MAX_PLACE + 2 and words[e].text.isalpha()  # (+2: "Cổ phần", "Kế toán")
                   and (words[e].is_title or words[e - 1].is_title and e > j)):
                e += 1
            if (i, e) not in named:
                named.append((i, e))
            continue
        e = j
        while e < len(words) and e - j < MAX_PLACE and words[e].is_title and words[e].text.isalpha():
            e += 1
        person = name_end(words, j)
        found = (j, person) if person and person <= e else (i, e)
        if found not in named:
            named.append(found)
    return named


ALL_OF = norm("cả")
BECAUSE = load_phrases("awards.because.txt")  # a reason after a stand-in: "cho đơn vị | vì …"
COUNT_WORDS = {norm(w): n for n, w in enumerate(("hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"), 2)}
DEMONSTRATIVES = load_phrases("awards.demonstratives.txt")  # "này", "trên", "nói trên": "Hai xã | này"
PERSON_KINDS = load_phrases("awards.person_kinds.txt")  # "Hai đồng chí này": a stand-in for persons


def awards_named_earlier(sent: Sentence, toks: list[Token], chain: list[AwardSpan], year: int | None, ctx: Context,
                         found: tuple[Sentence, tuple[int, int]], status: str) -> Iterator[Award]:
    """The awards of ``chain`` for the unit ``found`` named before (``earlier_target``)."""
    year = first_year(sent.text) or first_year(found[0].text) or year  # "Năm 2012, X …. Đơn vị …"
    for award in chain:
        yield carried_award(ctx, found, sent, toks, award, status, year, "named-earlier")


def earlier_target(ctx: Context, earlier: list[Sentence], sent: Sentence, toks: list[Token], verbs: list[Match],
                   starts: set[int], chain: list[AwardSpan]) -> tuple[tuple[Sentence, tuple[int, int]], str] | None:
    """The unit named before that receives, and the status: a sentence that opens with "Đơn vị",
    "Địa phương", "Nhà trường" … and a verb of receiving ("Năm 2022, Cục Thuế tỉnh Nghệ An thu … |
    Đơn vị vinh dự được Thủ tướng tặng Bằng khen."), the unit the previous sentence opens with, or
    the last one named with the same head ("Trường THCS X …. | Ngôi trường từng đón nhận …"); and
    "cho | tập thể Công ty": the last company named."""
    group = verb_group_before(toks, verbs, chain[0].start)
    cho = cho_after(toks, chain[-1].end, starts)
    anaphor = anaphoric_subject(toks, group)
    if anaphor is not None:
        generic = phrase_at(toks, anaphor, ANAPHORS)  # ("đơn vị", "nhà trường"; not a head alone: "sư đoàn")
        head = anaphor_head(toks, anaphor)
        found = (generic and (opening_unit(ctx, earlier, sent) or interviewee_unit(ctx, sent)
                              or listed_own_unit(ctx, sent, toks, anaphor, head))
                 or (toks[anaphor].is_title and first_in_paragraph(ctx, earlier, sent, head))
                 or named_earlier(earlier, head))
        status = "proposed" if group.proposed else "granted"
    elif cho is not None and grant_verb_near(toks, verbs, chain[0].start, cho):
        head = bare_head(toks, cho + 1, clause_end(toks, cho + 1))
        found = own_unit(ctx, sent, head) or named_earlier(earlier, head)
        if head is None and stand_in_ends(toks, cho + 1):  # "…; Tổng công ty đề nghị … tặng … cho | đơn vị."
            topic = fronted_topic(toks, verbs, chain[0].start, True)  # "Riêng X, Khối … tặng … cho | công ty …"
            found = ((sent, topic[0]) if topic else None) or subject_of_clause_before(sent, toks, cho) \
                or opening_unit(ctx, earlier, sent)
        status = "proposed" if proposal_near(toks, verbs, chain[0].start, cho) else "granted"
    else:
        return None
    return (found, status) if found is not None else None


def addressed_subject(ctx: Context, earlier: list[Sentence], sent: Sentence, toks: list[Token], verbs: list[Match],
                      chain: list[AwardSpan]) -> tuple[tuple[Sentence, tuple[int, int]], str] | None:
    """The person a bare form of address stands for as the subject of a verb of receiving: the last person
    the paragraph named with the same form in the sentences before ("Tôi nhớ anh Nguyễn Văn A, công nhân …. |
    Năm 2018 | anh | được công nhận danh hiệu …")."""
    group = verb_group_before(toks, verbs, chain[0].start)
    if group is None or not group.receives:
        return None
    p = skip_time(toks, tag_end(toks), group.start)
    if p < group.start and toks[p].norm in RELATIVE_LEAD:  # "Năm học này, | cô …"
        p = skip_time(toks, next((i + 1 for i in range(p, group.start) if toks[i].text == ","), p), group.start)
    if p >= group.start or toks[p].norm not in ADDRESSES or not (
            only_adverbs(toks, p + 1, group.start) or joined_predicate(toks, p + 1, group.start)):
        return None
    after = sent
    for prev in reversed(earlier[-MAX_ANAPHORS:]):
        if "\n" in ctx.doc.text[prev.end : after.start]:
            return None
        words = lazy_tokens(prev.text)
        named = [(i, j) for i, j in find_names(words, foreign=True) if i > 0 and words[i - 1].norm == toks[p].norm]
        if named:
            return (prev, named[-1]), "proposed" if group.proposed else "granted"
        after = prev
    return None


ADDRESSES = frozenset(norm(w) for w in ("anh", "chị", "ông", "bà", "cô", "thầy", "em"))
RELATIVE_LEAD = frozenset(norm(w) for w in ("năm", "trong", "qua", "dịp"))  # a time before the comma


def joined_predicate(toks: list[Token], a: int, b: int) -> bool:
    """Whether tokens ``a:b`` are a first predicate joined by "và" to the verb of receiving, naming no one: "cô
    | đạt giải Nhất hội thi … và | được công nhận …"."""
    return b - a > 1 and toks[b - 1].norm == AND and not any(t.text in ",;:" for t in toks[a:b]) \
        and not any(t.is_title and phrase_at(toks, k, UNIT_HEADS) for k, t in enumerate(toks[a:b], a))


def opens_with_verb(toks: list[Token], verbs: list[Match]) -> bool:
    """Whether the sentence opens with a verb of giving or proposing, naming no one before it ("Đề nghị Bộ
    trưởng tặng …", "Được tặng …")."""
    return any(m.start == 0 and m.label in ("GRANT", "PROPOSE") for m in verbs)


def line_unit_before(ctx: Context, earlier: list[Sentence], sent: Sentence) -> tuple[Sentence, tuple[int, int]] | None:
    """The unit a list line names before an award sentence on the same line: "- Thứ nhất: Công ty X - 97,8
    điểm. | Đề nghị tặng Cờ thi đua …", "2. Trường Y (đạt 96 điểm). | Đề nghị …" (a label before a colon
    passed over)."""
    prev = earlier[-1] if earlier else None
    if prev is None or "\n" in ctx.doc.text[prev.end : sent.start]:
        return None
    line_start = ctx.doc.text.rfind("\n", 0, prev.start) + 1
    if ctx.doc.text[line_start : prev.start].strip() or not LIST_MARKER.match(prev.text):
        return None
    toks = lazy_tokens(prev.text)
    marker = LIST_MARKER.match(prev.text).end()
    a = next((i for i, t in enumerate(toks) if t.start >= marker), len(toks))
    colon = next((i for i in range(a, min(len(toks), a + MAX_LABEL + 1)) if toks[i].text == ":"), None)
    a = colon + 1 if colon is not None else a
    b = next((i for i in range(a, len(toks)) if toks[i].text in ",;:.(–—"
              or toks[i].text == "-" and i + 1 < len(toks) and toks[i + 1].text[:1].isdecimal()), len(toks))
    items = list_items(toks, a, b) if a < b and toks[a].is_title else []
    if len(items) != 1:
        return None
    i = items[0][0]  # a unit's head, an abbreviation, a brand or a person opens it ("Xin chào chị A" is none)
    named = (phrase_at(toks, i, UNIT_HEADS) or ACRONYM_RE.fullmatch(toks[i].text) or LATIN_BRAND_RE.match(toks[i].text)
             or name_end(toks, i) == items[0][1])
    return (prev, items[0]) if named else None


MAX_LABEL = 3  # words of a label before a list line's colon: "Thứ nhất:", "Hạng Nhì:", "Xếp thứ 3:"


def listed_own_unit(ctx: Context, sent: Sentence, toks: list[Token], p: int,
                    head: tuple[str, ...] | None) -> tuple[Sentence, tuple[int, int]] | None:
    """The unit the document's title names, for a capitalised head that opens a line of a list ("- Trường được
    UBND thành phố tặng Cờ thi đua …" in the yearbook of "TRƯỜNG THCS X"): ``awards_speakers.titled_unit``."""
    if not toks[p].is_title or not 0 < p <= 2 or not all(t.text in LIST_DASHES for t in toks[:p]):
        return None
    return titled_unit(ctx, sent, head)


LIST_DASHES = frozenset("-–•+*")


def stand_in_ends(toks: list[Token], k: int) -> bool:
    """Whether a stand-in for a unit named before ("đơn vị", "nhà trường") at ``k`` ends its clause: "cho | đơn
    vị.", "cho | đơn vị này." (not "cho đơn vị có thành tích …", a group)."""
    n = phrase_at(toks, k, ANAPHORS)
    n += phrase_at(toks, k + n, DEMONSTRATIVES) if n else 0  # "cho | đơn vị này."
    after = toks[k + n].text if k + n < len(toks) else "."
    return bool(n) and not toks[k].is_title and (after in CLAUSE_END or after == "," or (
        k + n < len(toks) and phrase_at(toks, k + n, BECAUSE)))  # "cho công ty | vì thành tích …"


def subject_of_clause_before(sent: Sentence, toks: list[Token], k: int) -> tuple[Sentence, tuple[int, int]] | None:
    """The unit that opens the sentence in a clause before the one of token ``k`` (";" between): "Trong đó,
    | Công ty X | đã hoàn thành …; Tổng công ty đã đề nghị … tặng … cho đơn vị."."""
    semicolon = max((i for i in range(k) if toks[i].text == ";"), default=None)
    who = antecedent(toks) if semicolon is not None else None
    return (sent, who) if who and who[1] <= semicolon else None


def opening_unit(ctx: Context, earlier: list[Sentence], sent: Sentence) -> tuple[Sentence, tuple[int, int]] | None:
    """The unit the previous sentence of the paragraph opens with, or, where that one too opens with a
    stand-in ("Đơn vị …. | Trước đó, năm 2015, đơn vị …") or names nothing, the one before it (up to
    ``MAX_ANAPHORS``)."""
    after = sent
    for prev in reversed(earlier[-MAX_ANAPHORS:]):
        if "\n" in ctx.doc.text[prev.end : after.start]:
            return None
        words = lazy_tokens(prev.text)
        who = antecedent(words)
        if who:
            return prev, who
        if not opens_with_anaphor(words) and any(t.is_title for t in words[1:]):
            return None  # (a sentence that names nothing is passed over: "Nhiều trận đánh diễn ra …")
        after = prev
    return None


MAX_ANAPHORS = 3  # sentences in a row that say "Đơn vị …" for one unit


def carried_award(ctx: Context, found: tuple[Sentence, tuple[int, int]], sent: Sentence, toks: list[Token],
                  award: AwardSpan, status: str, year: int | None, rule: str) -> Award:
    """An award of ``sent`` whose recipient is named (tokens ``a:b``) in the earlier sentence ``ante``;
    the evidence runs from the recipient to the award."""
    ante, (a, b) = found
    before = lazy_tokens(ante.text)
    a, b = before[a].start, before[b - 1].end
    both = Sentence(ante.start, sent.end, ctx.doc.text[ante.start : sent.end])
    name = sent.text[toks[award.start].start : toks[award.end - 1].end]
    ev = ctx.evidence(both, a, sent.start - ante.start + toks[award.end - 1].end, f"awards/{rule}")
    return Award(name, ante.text[a:b], year, status, ev)


def named_person_earlier(earlier: list[Sentence], sent: Sentence, toks: list[Token], a: int,
                         b: int) -> tuple[Sentence, tuple[int, int]] | None:
    """The person "ông Dũng" (a form of address and a given name, tokens ``a:b``) stands for: the
    last full name before it that ends with that given name ("Lương Quốc Dũng"); and the person a
    bare "ông" or "bà" stands for: the last full name before it, in its sentence or the one before."""
    if b - a == 1 and is_pronoun(toks, a):
        for ante in [sent, *reversed(earlier[-1:])]:
            words = lazy_tokens(ante.text)
            end = a if ante is sent else len(words)
            names = [(i, j) for i, j in find_names(words, foreign=True)
                     if j <= end and (ante is not sent or i > SUBJECT_REACH)]
            addressed = [k for k in range(end - 1) if is_addressed(words, k)]
            if addressed and (not names or addressed[-1] >= names[-1][1]):
                # "… của ông József và trao tặng Huy hiệu cho ông": the full name "ông József" stands for
                k = addressed[-1]
                return named_in_full(earlier, sent, ante, words, k) if is_given_name(words, k) else None
            if names:
                return ante, names[-1]
        return None
    if b - a != 2 or not is_given_name(toks, a):
        return None
    return named_in_full(earlier, sent, sent, toks, a)


def sector_named_earlier(earlier: list[Sentence], sent: Sentence, toks: list[Token], a: int,
                         b: int) -> tuple[Sentence, tuple[int, int]] | None:
    """The unit a sector alone stands for ("ngành công an", tokens ``a:b``): the last one named in full
    with the head the sector ends with, before it in its sentence or in the sentences before ("Công an
    TPHCM đã … . Người dân … tin tưởng vào ngành công an, với thành quả được … tặng cờ thi đua …")."""
    head = next((tuple(t.norm for t in toks[k:b]) for k in range(a + 1, b) if phrase_at(toks, k, UNIT_HEADS) == b - k),
                None)
    if head is None:
        return None
    before = Sentence(sent.start, sent.start + toks[a].start, sent.text[: toks[a].start])
    return named_earlier([*earlier, before], head)


def is_given_name(toks: list[Token], a: int) -> bool:
    """A form of address and one capitalised word that starts no full name at ``a``: "ông Dũng",
    "ông József"."""
    return (a + 1 < len(toks) and phrase_at(toks, a, HONORIFICS) == 1 and toks[a + 1].is_title
            and not name_end(toks, a + 1) and not foreign_name_end(toks, a + 1))


def named_in_full(earlier: list[Sentence], sent: Sentence, where: Sentence, toks: list[Token],
                  a: int) -> tuple[Sentence, tuple[int, int]] | None:
    """The last full name that ends with the given name of "ông Dũng" (tokens ``a:a+2`` of ``where``)
    before it: "Lương Quốc Dũng", "Nyerki József"."""
    given = toks[a + 1].norm
    ordered = [sent, *reversed(earlier)]
    for ante in ordered[ordered.index(where):]:
        words = lazy_tokens(ante.text)
        hit = next(((i, j) for i, j in reversed(find_names(words, foreign=True))
                    if words[j - 1].norm == given and (ante is not where or j <= a)), None)
        if hit:
            return ante, hit
    return None


PRONOUNS = frozenset(norm(w) for w in ("ông", "bà"))  # "cho ông": the person named before
SUBJECT_REACH = 4  # a name this close to its sentence's start is who gives ("Chủ tịch X … trao … cho ông")


def is_addressed(toks: list[Token], k: int) -> bool:
    """"ông", "bà" before a capitalised word: someone named at ``k``."""
    return toks[k].norm in PRONOUNS and toks[k + 1].is_title


def is_pronoun(toks: list[Token], k: int) -> bool:
    """A bare "ông" or "bà" at ``k``, no name after it ("cho ông nhằm ghi nhận …")."""
    if k >= len(toks) or toks[k].norm not in PRONOUNS or toks[k].is_title:
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is None or nxt.text in ".,;" or not nxt.is_title and nxt.text[:1].isalpha()


def first_in_paragraph(ctx: Context, earlier: list[Sentence], sent: Sentence,
                       head: tuple[str, ...] | None) -> tuple[Sentence, tuple[int, int]] | None:
    """The first unit with this head the paragraph names before ``sent``: the one it is about, that a capitalised
    head alone stands for ("Sở Giáo dục và Đào tạo … cùng Sở Y tế …. Năm 2004, Sở Y tế làm Cụm trưởng. | Sở
    được UBND tỉnh tặng …" is the first)."""
    if head is None:
        return None
    para = []
    after = sent
    for prev in reversed(earlier):
        if "\n" in ctx.doc.text[prev.end : after.start]:
            break
        para.append(prev)
        after = prev
    return next(((prev, who) for prev in reversed(para)
                 if (who := named_with_head(lazy_tokens(prev.text), head, first=True))), None)


def named_earlier(earlier: list[Sentence], head: tuple[str, ...] | None) -> tuple[Sentence, tuple[int, int]] | None:
    """The last sentence before that names a unit in full with this head, and the unit's tokens."""
    if head is None:
        return None
    for sent in reversed(earlier):
        who = named_with_head(lazy_tokens(sent.text), head)
        if who:
            return sent, who
    return None


def continues_giving(toks: list[Token], end: int, start: int) -> bool:
    """Whether the award at ``start`` goes on the giving of an earlier one ending at ``end``, its verb
    left out: "tặng thưởng Huân chương hạng Nhất cho A, | Huân chương hạng Nhì cho B và C" (only
    the earlier recipients between, and a comma or "và" right before it); also a clause of its own
    after ";" that opens with the award: "đề nghị tặng Cờ thi đua của Chính phủ cho A; | Cờ thi đua
    của Bộ cho B và C", "…; danh hiệu Chiến sĩ thi đua cấp cơ sở cho C và D"."""
    if start > 2 and tuple(t.norm for t in toks[start - 2 : start]) == TITLE_WORDS:
        start -= 2  # "danh hiệu"
    if start == 0 or toks[start - 1].norm not in (COMMA, AND) and toks[start - 1].text != ";":
        return False
    return not any(t.text in CLAUSE_END or t.text == ":" for t in toks[end : start - 1])


def elliptic_cho(toks: list[Token], verbs: list[Match], starts: set[int], chain: list[AwardSpan],
                 status: str) -> Iterator[tuple[str, str, list[tuple[int, int]]]]:
    """The recipients after the "cho" of an award whose verb of giving stands before an earlier award."""
    cho = cho_after(toks, chain[-1].end, starts)
    found = recipients_after(toks, verbs, starts, cho + 1) if cho is not None else []
    if found:
        yield "award-cho-recipient", status, found


def shares_subject(toks: list[Token], verbs: list[Match], end: int, start: int) -> bool:
    """Whether the award at ``start`` is given to the subject of the one ending at ``end``: only
    "," or "và", an agent and a verb of giving between ("…, Giám đốc Công an tỉnh tặng …")."""
    k = after_year(toks, end)
    if k >= start or toks[k].norm not in (AND, COMMA):
        return False
    v = start
    while v > k and toks[v - 1].norm in BETWEEN:
        v -= 1
    verb = next((m for m in verbs if m.end == v and m.label == "GRANT"), None)
    agent = toks[k + 1 : verb.start] if verb else []
    return bool(agent) and agent[0].is_title and not any(t.text in ".;:()" or t.norm == FOR for t in agent)


def make_award(ctx: Context, sent: Sentence, toks: list[Token], award: AwardSpan, who: tuple[int, int],
               status: str, year: int | None, rule: str) -> Award:
    a, b = who
    name = sent.text[toks[award.start].start : toks[award.end - 1].end]
    recipient = sent.text[toks[a].start : toks[b - 1].end]
    start, end = toks[min(a, award.start)].start, toks[max(b, award.end) - 1].end
    return Award(name, recipient, year, status, ctx.evidence(sent, start, end, f"awards/{rule}"))


def clause_end(toks: list[Token], k: int) -> int:
    """Index of the first ".", ";", "!" or "?" from token ``k`` (the end of its clause)."""
    return next((i for i in range(k, len(toks)) if toks[i].text in CLAUSE_END), len(toks))


def recipients_of(toks: list[Token], verbs: list[Match], starts: set[int],
                  chain: list[AwardSpan]) -> Iterator[tuple[str, str, list[tuple[int, int]]]]:
    """(rule, status, recipients) for one chain of awards: the recipients after "cho", or the
    subject of "được tặng" / "đón nhận", or the names after "là"."""
    first, last = chain[0].start, chain[-1].end
    cho = cho_after(toks, last, starts)
    if cho is not None and (grant_verb_near(toks, verbs, first, cho) or given_as_subject(toks, first, cho)):
        status = "proposed" if proposal_near(toks, verbs, first, cho) else "granted"
        found = recipients_after(toks, verbs, starts, cho + 1)
        if found:
            yield "award-cho-recipient", status, found
        elif is_pronoun(toks, cho + 1):  # "trao tặng Huy hiệu cho ông nhằm …": the person named before
            yield "award-cho-pronoun", status, [(cho + 1, cho + 2)]
        return
    group = verb_group_before(toks, verbs, first)
    if group is not None and group.receives:
        named = list_after_la(toks, starts, after_year(toks, last))
        found = named or ([] if says_we(toks, group) else subjects_before(toks, verbs, group.start))
        if len(found) == 1 and is_group(toks, found[0][0]):  # "12 cán bộ được tặng …, trong đó có ông A"
            found = (named_subset(toks, last, clause_end(toks, last))
                     or group_spelt_out(toks, starts, after_year(toks, last)) or found)
        status = "proposed" if group.proposed or found and proposed_subject(toks, verbs, found[0][0]) else "granted"
        if found:
            yield ("named-after-la" if named else "subject-receives"), status, found
        return
    if grant_verb_near(toks, verbs, first, last):
        yield from named_elsewhere(toks, verbs, starts, first, last)
        return
    goes = goes_to(toks, verbs, last)
    if goes is not None:
        found = list_items(toks, goes, region_end(toks, verbs, starts, goes))
        if found:
            yield "award-goes-to", status_before(toks, verbs, first), found


def group_spelt_out(toks: list[Token], starts: set[int], k: int) -> list[tuple[int, int]]:
    """The names a group given the award spells out after a comma: "4 đơn vị được đề nghị tặng Cờ thi đua, | gồm A,
    B và C" (the names, not the group)."""
    if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].norm in LIST_OPENERS and toks[k + 1].text != ":":
        items = list_after_la(toks, starts, k + 1)
        return items if all(spelt_out_name(toks, s, e) for s, e in items) else []
    return []


def spelt_out_name(toks: list[Token], a: int, b: int) -> bool:
    """Whether an item a group spells out is one unit or person: not bare places sharing the head before them ("gồm
    Chi nhánh X tỉnh A, | Bạc Liêu và Sóc Trăng") nor a name with a group of its own ("gồm A và | một đơn vị của B"),
    which leave the group as the recipient."""
    named = person_at(toks, a, b) == (a, b) or toks[a].is_title and phrase_at(toks, a, UNIT_HEADS)
    return bool(named) and not any(not toks[k].is_title and (is_group(toks, k) or toks[k].norm == ONE and phrase_at(
        toks, k + 1, GROUPS)) for k in range(a + 1, b))


ONE = norm("một")  # "một đơn vị" (a unit)


def given_as_subject(toks: list[Token], first: int, cho: int) -> bool:
    """An award that opens its clause, its verb of giving right after it and its grantor: "Cờ thi đua của
    Bộ Tư pháp | tặng | đơn vị dẫn đầu Khối hằng năm: …" (what the award went to, not who asks for it)."""
    return toks[cho].norm != FOR and clause_start(toks, first) == first


def named_elsewhere(toks: list[Token], verbs: list[Match], starts: set[int],
                    first: int, last: int) -> Iterator[tuple[str, str, list[tuple[int, int]]]]:
    """An award given or proposed with no "cho": the names after "là" ("Khối đề nghị Chính phủ tặng
    Cờ thi đua là A và B"), or the unit chosen before it ("Khối suy tôn A là đơn vị dẫn đầu, đề
    nghị UBND tỉnh tặng Cờ thi đua")."""
    named = list_after_la(toks, starts, after_year(toks, last))
    if named:
        yield "named-after-la", status_before(toks, verbs, first), named
        return
    chosen = chosen_before(toks, verbs, first)
    if chosen:
        yield "chosen-before", "proposed", chosen
        return
    topic = fronted_topic(toks, verbs, first)
    if topic:
        yield "fronted-topic", status_before(toks, verbs, first), topic


def fronted_topic(toks: list[Token], verbs: list[Match], first: int, stand_in: bool = False) -> list[tuple[int, int]]:
    """The unit a sentence opens with as its topic, before a comma and a clause whose subject gives or proposes the
    award to nobody named: "Riêng thành tích của Công ty X, Bộ đã đề nghị Thủ tướng tặng Cờ thi đua …", "Đối với
    Trường Y, Sở đề nghị tặng Bằng khen" (``awards.topics.txt``); a unit's head opens it unless the award goes to a
    stand-in ("Riêng Chư Păh, Khối đề nghị … tặng … cho công ty"), and no "không", "chưa" stands before the award."""
    k = tag_end(toks)
    k += k < len(toks) and toks[k].text in LIST_DASHES  # "- Riêng …": a list line
    n = phrase_at(toks, k, TOPICS)
    if not n:
        return []
    k += n
    k += phrase_at(toks, k, ACHIEVEMENT_OF)
    comma = next((i for i in range(k, first) if toks[i].text in ",;:"), None)
    if comma is None or any(v.start < comma for v in verbs if v.start >= k):
        return []
    if any(phrase_at(toks, i, TOPIC_HEDGES) for i in range(comma + 1, first)):
        return []  # "Riêng Phòng X, Giám đốc | không | tặng …", "…, Quốc hội sửa đổi | quy định về | tặng …"
    items = [(i, j) for i, j in subject_items(toks, k, comma) if not is_group(toks, i)][:1]
    # a unit, no "Luật Thi đua, khen thưởng" (a bare place where the award goes "cho | công ty", a stand-in)
    return [(i, j) for i, j in items if stand_in or phrase_at(toks, i, UNIT_HEADS)]


TOPICS = load_phrases("awards.topics.txt")
TOPIC_HEDGES = load_phrases("awards.topic_hedges.txt")  # no award given: "không", "chưa", "xem xét"
ACHIEVEMENT_OF = load_phrases("awards.achievement_of.txt")  # "thành tích của": what is honoured is the unit's


def chosen_before(toks: list[Token], verbs: list[Match], first: int) -> list[tuple[int, int]]:
    """The units a verb of choosing ("suy tôn", "bình chọn") names earlier in the sentence, up to
    "là", a comma or the next verb; a number of units it does not name is a rule, no fact ("mỗi
    Cụm lựa chọn 01 xã dẫn đầu đề nghị UBND tỉnh tặng Cờ thi đua")."""
    lo = max((i + 1 for i in range(first) if toks[i].text in CLAUSE_END and not (
        toks[i].text == "." and dotted_place(toks, i))), default=0)  # (not the stop of "TP. Hồ Chí Minh")
    chosen = [m for m in verbs if m.label == "SELECT" and lo <= m.start and m.end < first]
    if not chosen:
        return leader_before(toks, verbs, lo, first)
    passive = passive_before(toks, verbs, chosen[-1].start)
    if passive is not None:  # "Cục Hải quan X được Khối suy tôn, đề nghị … tặng Cờ thi đua"
        return subjects_before(toks, verbs, passive)
    a = chosen[-1].end
    later = {m.start for m in verbs if m.start >= a}
    b = next((k for k in range(a, first) if toks[k].text in ",;:" or k in later), first)
    if phrase_at(toks, a, PLACINGS) and not any(t.is_title and t.norm not in RANK_WORDS for t in toks[a:b]):
        # "X xếp | thứ hai, đề nghị …", "… | thứ Nhì, …"
        s = max([lo] + [k + 1 for k in range(lo, chosen[-1].start) if toks[k].text in ",;:"])
        return [(i, j) for i, j in subject_items(toks, s, chosen[-1].start) if not is_group(toks, i)]
    if is_group(toks, a):  # "suy tôn 2 đơn vị dẫn đầu | là A và B": the names after "là"
        la = next((k for k in range(a, b) if toks[k].norm == IS), b)
        return [(i, j) for i, j in list_after_la(toks, set(), la) if j <= b]
    found = [(i, j) for i, j in subject_items(toks, a, b) if not is_group(toks, i)]  # not "chọn 01 xã dẫn đầu"
    return (parallel_choices(toks, verbs, chosen) + found) if found and len(chosen) > 1 else found


def leader_before(toks: list[Token], verbs: list[Match], lo: int, first: int) -> list[tuple[int, int]]:
    """The unit that leads a body or a ranking in the clause before a proposal with no "được": "Nhà máy X | dẫn
    đầu Khối, đề nghị Bộ tặng Huân chương …" (``awards.leads.txt``; the verb of proposing opens the clause after
    the comma)."""
    comma = next((k for k in range(first - 1, lo, -1) if toks[k].text in ",;:"), None)
    if comma is None or toks[comma].text != "," or not any(m.label == "PROPOSE" and m.start == comma + 1
                                                             for m in verbs):
        return []
    s = max([lo] + [k + 1 for k in range(lo, comma) if toks[k].text in ",;:"])
    lead = next((k for k in range(s + 1, comma) if not toks[k].is_title and phrase_at(toks, k, LEADS)), None)
    if lead is None or lead + phrase_at(toks, lead, LEADS) >= comma or any(t.norm == BY for t in toks[s:lead]):
        return []  # "Đoàn công tác do Đại tá A dẫn đầu, đề nghị …": led by someone, leading nothing
    return [(i, j) for i, j in subject_items(toks, s, lead) if not is_group(toks, i)]


BY = norm("do")  # "do X dẫn đầu" (led by X)


def parallel_choices(toks: list[Token], verbs: list[Match], chosen: list[Match]) -> list[tuple[int, int]]:
    """The units the earlier of parallel clauses of choosing name, each with a subject of its own, before the last
    one's: "Cụm 1 suy tôn | A, | Cụm 2 suy tôn B là đơn vị dẫn đầu, đề nghị … tặng Cờ thi đua" -> A (and B, the
    last clause's)."""
    out = []
    last = predicate_of(toks, chosen[-1].end, len(toks))
    for m, nxt in zip(chosen, chosen[1:], strict=False):
        later = {v.start for v in verbs if v.start >= m.end}
        b = next((k for k in range(m.end, nxt.start) if toks[k].text in ",;" or toks[k].norm == AND or k in later),
                 nxt.start)
        own = predicate_of(toks, m.end, b)
        if own and own != last:
            return []  # "Cụm 1 suy tôn A | là đơn vị tiên tiến|, Cụm 2 suy tôn B là đơn vị dẫn đầu, đề nghị …"
        subject = toks[b + 1 : nxt.start] if b < nxt.start else []
        if not subject or not subject[0].is_title or any(t.text in ",;:" for t in subject) or b + 1 in later:
            return []  # ("suy tôn A dẫn đầu, bình chọn B …": one subject, no parallel clause)
        items = [(i, j) for i, j in subject_items(toks, m.end, b) if not is_group(toks, i)]
        if len(items) != 1 or passive_before(toks, verbs, m.start) is not None:
            return []
        out += items
    return out


def predicate_of(toks: list[Token], a: int, b: int) -> tuple[str, ...]:
    """What a clause of choosing calls its unit, from "là" to the clause's end ("suy tôn A | là đơn vị dẫn đầu|,")."""
    la = next((k for k in range(a, b) if toks[k].norm == IS), None)
    if la is None:
        return ()
    e = next((k for k in range(la, b) if toks[k].text in ",;:."), b)
    return tuple(t.norm for t in toks[la + 1 : e])
