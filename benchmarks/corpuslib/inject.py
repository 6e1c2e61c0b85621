"""Known edits applied to a document model, each recorded so its ground truth can be measured.

An `Injection` names layout keys (element ids, or "<block>#w<index>" for a word) on each side;
the boxes are looked up after both sides are rendered, so the truth is what the producer laid out.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from .content import TEXT, extra_page
from .model import MM, Doc, Line, Logo, Photo, Rect, Style, TextBlock, Word, shifted_colour
from .render_rl import layout_block

Box = tuple[float, float, float, float]


@dataclass
class Injection:
    kind: str
    subkind: str
    accept_kinds: list[str]
    old_keys: list[str] = field(default_factory=list)  # core: where the change is
    new_keys: list[str] = field(default_factory=list)
    old_area_keys: list[str] = field(default_factory=list)  # affected: what may legitimately differ
    new_area_keys: list[str] = field(default_factory=list)
    old_box: tuple[str, Box] | None = None  # explicit (page uid, box) when no key fits
    new_box: tuple[str, Box] | None = None
    old_page_uid: str | None = None  # page-level changes
    new_page_uid: str | None = None
    old_words: list[str] = field(default_factory=list)
    new_words: list[str] = field(default_factory=list)
    old_text: str | None = None
    new_text: str | None = None
    extra: dict = field(default_factory=dict)


def model_box(el: object) -> Box:
    if isinstance(el, TextBlock):
        placed = layout_block(el)
        if not placed:
            return (el.x, el.y, el.x + el.w, el.y + el.line_height)
        bottom = max(b[3] for _, b, _, _ in placed)
        return (el.x, el.y, el.x + el.w, bottom)
    if isinstance(el, Line):
        return (min(el.x0, el.x1), min(el.y0, el.y1), max(el.x0, el.x1), max(el.y0, el.y1))
    if isinstance(el, Logo):
        return (el.x, el.y, el.x + el.size, el.y + el.size)
    return (el.x, el.y, el.x + el.w, el.y + el.h)  # type: ignore[attr-defined]


def _overlaps(a: Box, b: Box, margin: float) -> bool:
    return not (
        a[2] + margin < b[0] or b[2] + margin < a[0] or a[3] + margin < b[1] or b[3] + margin < a[1]
    )


class Picker:
    """Chooses targets so that two edits in one pair never touch the same area."""

    def __init__(self, doc: Doc, rng: np.random.Generator) -> None:
        self.doc, self.rng = doc, rng
        self.used: list[tuple[str, Box]] = []
        self.pages_touched = False

    def candidates(self, test: Callable[[object], bool]) -> list[tuple[str, object]]:
        found = []
        for page in self.doc.pages:
            for el in page.elements:
                if not test(el):
                    continue
                box = model_box(el)
                if any(uid == page.uid and _overlaps(box, b, 18) for uid, b in self.used):
                    continue
                found.append((page.uid, el))
        return found

    def take(self, test: Callable[[object], bool]) -> tuple[str, object] | None:
        found = self.candidates(test)
        if not found:
            return None
        uid, el = found[int(self.rng.integers(0, len(found)))]
        self.claim(uid, model_box(el))
        return uid, el

    def claim(self, uid: str, box: Box) -> None:
        self.used.append((uid, box))

    def page_of(self, el_id: str) -> str:
        return self.doc.pages[self.doc.locate(el_id)[0]].uid


def _w(block: TextBlock, i: int) -> str:
    return f"{block.id}#w{i}"


def _text_injection(
    block: TextBlock,
    i: int,
    old: str,
    new: str,
    subkind: str,
    old_tokens: list[str],
    new_tokens: list[str],
) -> Injection:
    return Injection(
        "text",
        subkind,
        ["text"],
        [_w(block, i)],
        [_w(block, i)],
        [block.id],
        [block.id],
        old_words=old_tokens,
        new_words=new_tokens,
        old_text=old,
        new_text=new,
    )


def _differing_tokens(old: str, new: str) -> tuple[list[str], list[str]]:
    a, b = old.split(), new.split()
    if len(a) == len(b):
        pairs = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
        return [x for x, _ in pairs], [y for _, y in pairs]
    return a, b


def _pick_word(picker: Picker, test: Callable[[Word], bool], min_words: int = 1):
    found = picker.candidates(
        lambda el: (
            isinstance(el, TextBlock)
            and len(el.words) >= min_words
            and any(test(w) for w in el.words)
        )
    )
    if not found:
        return None
    uid, block = found[int(picker.rng.integers(0, len(found)))]
    options = [i for i, w in enumerate(block.words) if test(w)]
    i = options[int(picker.rng.integers(0, len(options)))]
    picker.claim(uid, model_box(block))
    return block, i


# --- text -----------------------------------------------------------------------------------


def phone_digit(picker: Picker) -> Injection | None:
    hit = _pick_word(picker, lambda w: w.tag == "phone")
    if not hit:
        return None
    block, i = hit
    old = block.words[i].text
    digits = [
        k
        for k in range(len(old) - 1)
        if old[k].isdigit() and old[k + 1].isdigit() and old[k] != old[k + 1]
    ]
    if not digits:
        return None
    k = digits[int(picker.rng.integers(0, len(digits)))]
    new = old[:k] + old[k + 1] + old[k] + old[k + 2 :]
    block.words[i].text = new
    return _text_injection(block, i, old, new, "phone_digit_swap", *_differing_tokens(old, new))


def price_change(picker: Picker) -> Injection | None:
    hit = _pick_word(picker, lambda w: w.tag == "price")
    if not hit:
        return None
    block, i = hit
    old = block.words[i].text
    spots = [k for k, ch in enumerate(old) if ch.isdigit()]
    k = spots[int(picker.rng.integers(0, len(spots)))]
    new = old[:k] + str((int(old[k]) + int(picker.rng.integers(1, 9))) % 10) + old[k + 1 :]
    block.words[i].text = new
    return _text_injection(block, i, old, new, "price", *_differing_tokens(old, new))


def date_change(picker: Picker) -> Injection | None:
    hit = _pick_word(picker, lambda w: w.tag == "date")
    if not hit:
        return None
    block, i = hit
    old = block.words[i].text
    parts = old.split()
    day = int(parts[1])
    parts[1] = str(day + 1 if day < 28 else day - 1)
    new = " ".join(parts)
    block.words[i].text = new
    return _text_injection(block, i, old, new, "date", *_differing_tokens(old, new))


ACCENTED = re.compile(r"[éèêëàâîïôûùç]")


def dropped_accent(picker: Picker) -> Injection | None:
    hit = _pick_word(picker, lambda w: bool(ACCENTED.search(w.text)) and " " not in w.text)
    if not hit:
        return None
    block, i = hit
    old = block.words[i].text
    spots = [m.start() for m in ACCENTED.finditer(old)]
    k = spots[int(picker.rng.integers(0, len(spots)))]
    plain = unicodedata.normalize("NFD", old[k])[0]
    new = old[:k] + plain + old[k + 1 :]
    block.words[i].text = new
    return _text_injection(block, i, old, new, "dropped_accent", [old], [new])


def punctuation(picker: Picker) -> Injection | None:
    hit = _pick_word(picker, lambda w: w.tag == "" and len(w.text) > 3 and w.text[-1].isalpha(), 8)
    if not hit:
        return None
    block, i = hit
    old = block.words[i].text
    new = old + ("," if picker.rng.random() < 0.6 else ";")
    block.words[i].text = new
    return _text_injection(block, i, old, new, "punctuation", [old], [new])


def typo(picker: Picker) -> Injection | None:
    hit = _pick_word(picker, lambda w: w.tag == "" and len(w.text) >= 6 and w.text.isalpha(), 4)
    if not hit:
        return None
    block, i = hit
    old = block.words[i].text
    k = int(picker.rng.integers(1, len(old) - 2))
    if old[k] == old[k + 1]:
        return None
    new = old[:k] + old[k + 1] + old[k] + old[k + 2 :]
    block.words[i].text = new
    return _text_injection(block, i, old, new, "typo", [old], [new])


def case_change(picker: Picker) -> Injection | None:
    """A capital dropped or added: "Mars" -> "mars", "pommes" -> "Pommes"."""
    hit = _pick_word(picker, lambda w: w.tag == "" and len(w.text) >= 4 and w.text.isalpha(), 3)
    if not hit:
        return None
    block, i = hit
    old = block.words[i].text
    new = old[0].swapcase() + old[1:]
    block.words[i].text = new
    return _text_injection(block, i, old, new, "case", [old], [new])


def words_swapped(picker: Picker) -> Injection | None:
    """Two neighbouring words in the wrong order: same letters, same line length."""
    hit = _pick_word(picker, lambda w: w.tag == "" and len(w.text) >= 3 and w.text.isalpha(), 10)
    if not hit:
        return None
    block, i = hit
    j = i + 1
    if j >= len(block.words) or not block.words[j].text.isalpha() or block.words[j].tag:
        return None
    a, b = block.words[i].text, block.words[j].text
    baselines = {index: base for index, _, base, _ in layout_block(block)}
    if a == b or baselines.get(i) != baselines.get(j):  # keep the pair on one line
        return None
    block.words[i].text, block.words[j].text = b, a
    keys = [_w(block, i), _w(block, j)]
    return Injection(
        "text",
        "words_swapped",
        ["text"],
        keys,
        keys,
        [block.id],
        [block.id],
        old_words=[f"{a} {b}"],
        new_words=[f"{b} {a}"],
        old_text=f"{a} {b}",
        new_text=f"{b} {a}",
    )


def _paragraph_word(picker: Picker):
    """A plain word early in a multi-line paragraph, so the edit re-wraps the lines below it."""
    found = picker.candidates(lambda el: isinstance(el, TextBlock) and len(el.words) >= 25)
    if not found:
        return None
    uid, block = found[int(picker.rng.integers(0, len(found)))]
    options = [
        i
        for i, w in enumerate(block.words[: len(block.words) // 2])
        if w.tag == "" and len(w.text) > 3 and w.text.isalpha()
    ]
    if not options:
        return None
    picker.claim(uid, model_box(block))
    return block, options[int(picker.rng.integers(0, len(options)))]


def deleted_word(picker: Picker) -> Injection | None:
    hit = _paragraph_word(picker)
    if not hit:
        return None
    block, i = hit
    old = block.words[i].text
    context_old = " ".join(w.text for w in block.words[max(0, i - 2) : i + 3])
    del block.words[i]
    context_new = " ".join(w.text for w in block.words[max(0, i - 2) : i + 2])
    after = i if i < len(block.words) else i - 1
    return Injection(
        "text",
        "deleted_word_reflow",
        ["text"],
        [_w(block, i)],
        [_w(block, after)],
        [block.id],
        [block.id],
        old_words=[old],
        new_words=[],
        old_text=context_old,
        new_text=context_new,
    )


INSERTS = {
    "fr": ["nouveau", "vraiment", "toujours", "gratuit", "local"],
    "en": ["new", "truly", "always", "free", "local"],
}


def inserted_word(picker: Picker) -> Injection | None:
    hit = _paragraph_word(picker)
    if not hit:
        return None
    block, i = hit
    word = INSERTS[picker.doc.lang][int(picker.rng.integers(0, 5))]
    context_old = " ".join(w.text for w in block.words[max(0, i - 2) : i + 2])
    block.words.insert(i, Word(word))
    context_new = " ".join(w.text for w in block.words[max(0, i - 2) : i + 3])
    return Injection(
        "text",
        "inserted_word_reflow",
        ["text"],
        [_w(block, i)],
        [_w(block, i)],
        [block.id],
        [block.id],
        old_words=[],
        new_words=[word],
        old_text=context_old,
        new_text=context_new,
    )


# --- style ----------------------------------------------------------------------------------


def _restyle(block: TextBlock, rng: np.random.Generator) -> tuple[Style, str]:
    s = block.style
    choice = int(rng.integers(0, 5))
    if choice == 0:
        return s.but(bold=not s.bold), "weight"
    if choice == 1:
        return s.but(italic=not s.italic), "slant"
    if choice == 2:
        return s.but(size=s.size + float(rng.choice([-1.0, -0.5, 0.5, 1.0, 1.5]))), "size"
    if choice == 3:
        swap = {"sans": "dejavu", "dejavu": "sans", "serif": "sans", "narrow": "sans"}
        return s.but(family=swap[s.family]), "font"
    r, g, b = s.color
    dark = max(r, g, b) < 128
    colour = (min(255, r + 120), g, b) if dark else (r // 3, g // 3, min(255, b // 3 + 60))
    return s.but(color=colour), "colour"


def style_block(picker: Picker) -> Injection | None:
    """A short block (heading, name, price, contact line) restyled as a whole."""
    hit = picker.take(lambda el: isinstance(el, TextBlock) and 1 <= len(el.words) <= 8)
    if not hit:
        return None
    _, block = hit
    block.style, sub = _restyle(block, picker.rng)
    keys = [_w(block, i) for i in range(len(block.words))]
    accept = ["style", "color"] if sub == "colour" else ["style"]
    return Injection(
        "style",
        f"block_{sub}",
        accept,
        keys,
        keys,
        [block.id],
        [block.id],
        old_text=" ".join(w.text for w in block.words),
    )


def style_word(picker: Picker) -> Injection | None:
    """One or two words inside running text set in another weight/slant/size/font/colour."""
    hit = _pick_word(picker, lambda w: w.tag == "" and len(w.text) > 3 and w.style is None, 12)
    if not hit:
        return None
    block, i = hit
    count = 1 + int(picker.rng.random() < 0.4 and i + 1 < len(block.words))
    new_style, sub = _restyle(block, picker.rng)
    for k in range(i, i + count):
        block.words[k].style = new_style
    keys = [_w(block, k) for k in range(i, i + count)]
    accept = ["style", "color"] if sub == "colour" else ["style"]
    return Injection(
        "style",
        f"word_{sub}",
        accept,
        keys,
        keys,
        [block.id],
        [block.id],
        old_text=" ".join(block.words[k].text for k in range(i, i + count)),
    )


# --- colour ---------------------------------------------------------------------------------


def tint_shift(picker: Picker) -> Injection | None:
    hit = picker.take(
        lambda el: (
            isinstance(el, Rect)
            and el.fill is not None
            and el.alpha == 1.0
            and el.w * el.h >= 2 * MM * MM * 1.2
        )
    )
    if not hit:
        return None
    _, rect = hit
    old = rect.fill
    rect.fill, de = shifted_colour(old, picker.rng, 2.0, 6.0)
    area = rect.w * rect.h / (MM * MM)
    return Injection(
        "color",
        "fill_tint",
        ["color"],
        [rect.id],
        [rect.id],
        [rect.id],
        [rect.id],
        extra={
            "delta_e": round(de, 2),
            "area_mm2": round(area, 1),
            "old_rgb": old,
            "new_rgb": rect.fill,
        },
    )


def logo_colour(picker: Picker) -> Injection | None:
    hit = picker.take(lambda el: isinstance(el, Logo))
    if not hit:
        return None
    _, logo = hit
    old = logo.fill
    logo.fill, de = shifted_colour(old, picker.rng, 2.0, 6.0)
    return Injection(
        "color",
        "vector_fill",
        ["color"],
        [logo.id],
        [logo.id],
        [logo.id],
        [logo.id],
        extra={"delta_e": round(de, 2), "old_rgb": old, "new_rgb": logo.fill},
    )


# --- image ----------------------------------------------------------------------------------


def image_replaced(picker: Picker) -> Injection | None:
    hit = picker.take(lambda el: isinstance(el, Photo))
    if not hit:
        return None
    _, photo = hit
    photo.seed += 7919
    return Injection("image", "replaced", ["image"], [photo.id], [photo.id], [photo.id], [photo.id])


def image_cropped(picker: Picker) -> Injection | None:
    hit = picker.take(lambda el: isinstance(el, Photo))
    if not hit:
        return None
    _, photo = hit
    m = float(picker.rng.uniform(0.06, 0.15))
    photo.window = (m, m * 0.7, 1.0, 1.0) if picker.rng.random() < 0.5 else (0.0, 0.0, 1 - m, 1 - m)
    return Injection(
        "image",
        "cropped",
        ["image"],
        [photo.id],
        [photo.id],
        [photo.id],
        [photo.id],
        extra={"window": photo.window},
    )


def image_altered(picker: Picker) -> Injection | None:
    hit = picker.take(lambda el: isinstance(el, Photo))
    if not hit:
        return None
    uid, photo = hit
    rng = picker.rng
    fw, fh = rng.uniform(0.08, 0.2), rng.uniform(0.08, 0.2)
    lo, hi = (0.3, 0.7) if photo.cutout else (0.05, 0.95)  # inside a cut-out's ellipse
    fx, fy = rng.uniform(lo, hi - fw), rng.uniform(lo, hi - fh)
    photo.alteration = (fx, fy, fx + fw, fy + fh, int(rng.integers(1, 1000)))
    box = (
        photo.x + fx * photo.w,
        photo.y + fy * photo.h,
        photo.x + (fx + fw) * photo.w,
        photo.y + (fy + fh) * photo.h,
    )
    return Injection(
        "image",
        "altered",
        ["image"],
        old_area_keys=[photo.id],
        new_area_keys=[photo.id],
        old_box=(uid, box),
        new_box=(uid, box),
    )


# --- graphic --------------------------------------------------------------------------------


def logo_shape(picker: Picker) -> Injection | None:
    hit = picker.take(lambda el: isinstance(el, Logo))
    if not hit:
        return None
    _, logo = hit
    if picker.rng.random() < 0.5:
        logo.star = not logo.star
    else:
        logo.sides += 1 if logo.sides < 8 else -1
    return Injection(
        "graphic", "logo_shape", ["graphic"], [logo.id], [logo.id], [logo.id], [logo.id]
    )


def rule_changed(picker: Picker) -> Injection | None:
    hit = picker.take(lambda el: isinstance(el, Line))
    if not hit:
        return None
    _, line = hit
    old_box = model_box(line)
    if picker.rng.random() < 0.5:
        line.width = line.width + 1.0 if line.width < 1.5 else line.width / 3
        sub = "rule_weight"
    else:
        cut = (line.x1 - line.x0) * float(picker.rng.uniform(0.25, 0.5))
        line.x1 -= cut
        sub = "rule_length"
    return Injection(
        "graphic",
        sub,
        ["graphic"],
        [line.id],
        [line.id],
        [line.id],
        [line.id],
        extra={"old_box": old_box},
    )


def rect_shape(picker: Picker) -> Injection | None:
    hit = picker.take(
        lambda el: isinstance(el, Rect) and el.fill is not None and el.w >= 20 and el.h >= 20
    )
    if not hit:
        return None
    _, rect = hit
    if rect.radius:
        rect.radius, sub = 0.0, "corners_squared"
    else:
        rect.radius, sub = min(rect.w, rect.h) / 5, "corners_rounded"
    return Injection("graphic", sub, ["graphic"], [rect.id], [rect.id], [rect.id], [rect.id])


def small_shape_removed(picker: Picker) -> Injection | None:
    """A small vector shape (a code module, a map pin, a legend chip) deleted."""
    hit = picker.take(
        lambda el: isinstance(el, Rect) and el.w * el.h <= 100 and el.fill is not None
    )
    if not hit:
        return None
    uid, rect = hit
    page = next(p for p in picker.doc.pages if p.uid == uid)
    page.elements.remove(rect)
    box = model_box(rect)
    return Injection(
        "graphic",
        "shape_removed",
        ["graphic"],
        [rect.id],
        [],
        [rect.id],
        [],
        new_box=(uid, box),
        extra={"area_mm2": round(rect.w * rect.h / MM / MM, 1)},
    )


# --- moved ----------------------------------------------------------------------------------


def _shift(el: object, dx: float, dy: float) -> None:
    if isinstance(el, Line):
        el.x0 += dx
        el.x1 += dx
        el.y0 += dy
        el.y1 += dy
    else:
        el.x += dx  # type: ignore[attr-defined]
        el.y += dy  # type: ignore[attr-defined]


def moved(picker: Picker) -> Injection | None:
    def movable(el: object) -> bool:
        if isinstance(el, Logo):
            return True
        if isinstance(el, Photo):
            return el.w < 400
        return isinstance(el, TextBlock) and 2 <= len(el.words) <= 12

    hit = picker.take(movable)
    if not hit:
        return None
    uid, el = hit
    rng = picker.rng
    distance = float(rng.uniform(1.0, 5.0)) * MM
    angle = float(rng.choice([0, 90, 180, 270, 45, 135])) * np.pi / 180
    dx, dy = round(distance * np.cos(angle), 2), round(distance * np.sin(angle), 2)
    _shift(el, dx, dy)
    picker.claim(uid, model_box(el))
    keys = [el.id]
    text = " ".join(w.text for w in el.words) if isinstance(el, TextBlock) else None
    return Injection(
        "moved",
        type(el).__name__.lower(),
        ["moved"],
        keys,
        keys,
        keys,
        keys,
        old_text=text,
        new_text=text,
        extra={"offset_mm": [round(dx / MM, 2), round(dy / MM, 2)]},
    )


# --- pages ----------------------------------------------------------------------------------


def page_removed(picker: Picker) -> Injection | None:
    doc = picker.doc
    if len(doc.pages) < 3 or picker.pages_touched:
        return None
    k = int(picker.rng.integers(1, len(doc.pages)))
    page = doc.pages[k]
    if any(uid == page.uid for uid, _ in picker.used):
        return None
    del doc.pages[k]
    picker.pages_touched = True
    picker.claim(page.uid, (0, 0, 1e4, 1e4))
    return Injection("page_removed", "page_removed", ["page_removed"], old_page_uid=page.uid)


def page_added(picker: Picker) -> Injection | None:
    doc = picker.doc
    if len(doc.pages) < 2 or picker.pages_touched:
        return None
    k = int(picker.rng.integers(1, len(doc.pages) + 1))
    uid = f"added-{k}"
    doc.pages.insert(k, extra_page(picker.rng, doc, uid))
    picker.pages_touched = True
    picker.claim(uid, (0, 0, 1e4, 1e4))
    return Injection("page_added", "page_added", ["page_added"], new_page_uid=uid)


def page_moved(picker: Picker) -> Injection | None:
    doc = picker.doc
    if len(doc.pages) < 4 or picker.pages_touched:
        return None
    k = int(picker.rng.integers(1, len(doc.pages)))
    targets = [j for j in range(1, len(doc.pages)) if abs(j - k) >= 2]
    if not targets:
        return None
    j = targets[int(picker.rng.integers(0, len(targets)))]
    page = doc.pages.pop(k)
    doc.pages.insert(j, page)
    picker.pages_touched = True
    picker.claim(page.uid, (0, 0, 1e4, 1e4))
    return Injection(
        "page_moved", "page_moved", ["page_moved"], old_page_uid=page.uid, new_page_uid=page.uid
    )


INJECTORS: dict[str, list[Callable[[Picker], Injection | None]]] = {
    "text": [
        phone_digit,
        price_change,
        date_change,
        dropped_accent,
        punctuation,
        typo,
        case_change,
        words_swapped,
        deleted_word,
        inserted_word,
    ],
    "style": [style_block, style_word],
    "color": [tint_shift, tint_shift, logo_colour],
    "image": [image_replaced, image_cropped, image_altered],
    "graphic": [logo_shape, rule_changed, rect_shape, small_shape_removed],
    "moved": [moved],
    "page": [page_removed, page_added, page_moved],
}


def inject(doc: Doc, rng: np.random.Generator, families: list[str]) -> tuple[Doc, list[Injection]]:
    """A changed copy of `doc` with one edit of each requested family (when a target exists)."""
    new = copy.deepcopy(doc)
    picker = Picker(new, rng)
    done = []
    for family in families:
        options = INJECTORS[family]
        for _ in range(6):  # another injector of the family if this one found no target
            injection = options[int(rng.integers(0, len(options)))](picker)
            if injection is not None:
                done.append(injection)
                break
    return new, done


def _lookup(layout: dict, keys: list[str], uid_pages: dict[str, int]) -> tuple[int, Box] | None:
    found = [layout[k] for k in keys if k in layout]
    found = [f for f in found if f[1][2] > f[1][0] or f[1][3] > f[1][1]]
    if not found:
        return None
    page = found[0][0]
    boxes = [b for p, b in found if p == page]
    return page, (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def truth(
    injection: Injection,
    old_doc: Doc,
    new_doc: Doc,
    old_layout: dict,
    new_layout: dict,
    offset: float = 0.0,
) -> dict:
    """The ground-truth record of one injection, boxes measured in the rendered layouts.

    `offset`: how far the model's origin sits from the page's top-left corner in the file
    (a print-ready page with bleed and crop marks around the trim box); the layouts already
    include it, explicit model boxes do not.
    """
    old_uids = {p.uid: i for i, p in enumerate(old_doc.pages)}
    new_uids = {p.uid: i for i, p in enumerate(new_doc.pages)}

    def side(keys, area_keys, explicit, layout, uids):
        core = _lookup(layout, keys, uids)
        if explicit is not None:
            core = (uids[explicit[0]], tuple(v + offset for v in explicit[1]))
        area = _lookup(layout, area_keys, uids) or core
        return core, area

    rnd = lambda b: [round(v, 2) for v in b] if b else None  # noqa: E731
    old_core, old_area = side(
        injection.old_keys, injection.old_area_keys, injection.old_box, old_layout, old_uids
    )
    new_core, new_area = side(
        injection.new_keys, injection.new_area_keys, injection.new_box, new_layout, new_uids
    )
    record = {
        "kind": injection.kind,
        "subkind": injection.subkind,
        "accept_kinds": injection.accept_kinds,
        "old_page": old_core[0] + 1 if old_core else None,
        "new_page": new_core[0] + 1 if new_core else None,
        "old_bbox": rnd(old_core[1]) if old_core else None,
        "new_bbox": rnd(new_core[1]) if new_core else None,
        "old_area": rnd(old_area[1]) if old_area else None,
        "new_area": rnd(new_area[1]) if new_area else None,
        "old_text": injection.old_text,
        "new_text": injection.new_text,
        "old_words": injection.old_words,
        "new_words": injection.new_words,
        **injection.extra,
    }
    if injection.old_page_uid is not None:
        record["old_page"] = old_uids[injection.old_page_uid] + 1
    if injection.new_page_uid is not None:
        record["new_page"] = new_uids[injection.new_page_uid] + 1
    if injection.kind.startswith("page_"):
        record["old_bbox"] = record["new_bbox"] = record["old_area"] = record["new_area"] = None
    return record


def page_map(old_doc: Doc, new_doc: Doc) -> list[list[int | None]]:
    """Pairs of (old page, new page) numbers for pages present in both (by identity)."""
    new_uids = {p.uid: i for i, p in enumerate(new_doc.pages)}
    return [[i + 1, new_uids[p.uid] + 1] for i, p in enumerate(old_doc.pages) if p.uid in new_uids]


__all__ = ["INJECTORS", "TEXT", "Injection", "inject", "page_map", "truth"]
