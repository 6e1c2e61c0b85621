"""Generate the compare-engine benchmark corpus into benchmarks/corpus/ (deterministic per seed).

Pieces (brochure, menu, flyer, catalogue) in French and English are laid out from one page model
by two unrelated producers: ReportLab (our own line breaking) and Chromium printing HTML/SVG
(Skia, the browser's line breaking). Each base document is paired with changed copies carrying
known edits (ground truth in pairs/<name>/truth.json and manifest.json), with no-change copies
(re-exported, re-distilled by Ghostscript, rewritten by pypdf, rasterised), and with the speed
sets (simple pages, heavy pages, a 200-page pair).

    python benchmarks/generate_corpus.py [--seed 2026] [--out benchmarks/corpus]
"""

from __future__ import annotations

import argparse
import copy
import io
import json
import shutil
import subprocess
import sys
import tempfile
import time
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
from PIL import Image
from pypdf import PdfReader, PdfWriter, Transformation
from pypdf.generic import RectangleObject

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpuslib import render_ps, render_rl
from corpuslib.content import PIECES, Ids, brochure, palette, product_page
from corpuslib.inject import inject, page_map, truth
from corpuslib.model import A4, Doc, Page, Photo, Rect, Style, TextBlock, Word
from corpuslib.render_html import CHROMIUM, HtmlProducer

HERE = Path(__file__).resolve().parent
GS = shutil.which("gs") or "/usr/bin/gs"
PRODUCERS = ("reportlab", "chromium", "postscript")
SINGLE_PAGE = ("menu", "flyer")

# Families of edits per changed copy. Multi-page pieces also get page insertions/removals/moves.
PLANS_MULTI = [
    ["text", "text", "style", "color", "image"],
    ["text", "graphic", "moved", "color", "text", "style"],
    ["page", "text", "style", "image", "graphic"],
]
PLANS_CATALOGUE_EXTRA = [["page", "graphic", "text", "moved", "color", "image"]]
PLANS_SINGLE = [
    ["text", "text", "style", "color"],
    ["text", "image", "graphic", "moved"],
    ["text", "style", "color", "graphic", "text"],
]
# (format, dpi written in the file or None to leave it out, dpi of the render)
RASTER_FORMATS = [
    ("png", 150, 150),
    ("jpeg", 200, 200),
    ("tiff", 300, 300),
    ("png", None, 200),
    ("jpeg", 300, 300),
    ("png", 200, 200),
    ("tiff", 150, 150),
    ("jpeg", 150, 150),
]


def producer_options(producer: str, piece: str) -> dict:
    """Per-producer habits kept for every copy of one base document."""
    if producer == "postscript" and piece in ("brochure", "flyer"):
        return {"outline_min_size": 14.0}  # display type converted to outlines
    if producer == "chromium":
        return {"soft_hyphens": True}  # discretionary hyphens in long words of justified text
    return {}


def mark_outlined(
    changes: list[dict], injections: list, old: Doc, new: Doc, min_size: float
) -> None:
    """Edits on text converted to outlines have no text layer: a graphic report is right too."""
    for record, injection in zip(changes, injections, strict=True):
        sizes = []
        for keys, doc in ((injection.old_keys, old), (injection.new_keys, new)):
            for key in keys:
                block_id, _, word = key.partition("#w")
                try:
                    _, block = doc.locate(block_id)
                except KeyError:
                    continue
                if isinstance(block, TextBlock):
                    index = int(word) if word else None
                    if index is not None and index < len(block.words):
                        sizes.append((block.words[index].style or block.style).size)
                    else:
                        sizes.append(block.style.size)
        if sizes and max(sizes) >= min_size:
            record["outlined_text"] = True
            if record["kind"] in ("text", "style"):
                record["accept_kinds"] = [*record["accept_kinds"], "graphic"]


def seed_for(seed: int, *parts: object) -> int:
    return zlib.crc32(":".join(map(str, (seed, *parts))).encode())


# Base documents delivered "print-ready": 3 mm bleed and crop marks around the trim box, the
# MediaBox origin moved to (-MARGIN, -MARGIN) as some imposition tools write it.
PRINT_READY = {
    ("brochure", "reportlab"),
    ("catalogue", "postscript"),
    ("menu", "chromium"),
    ("card", "reportlab"),
    ("flyer", "postscript"),
}
BLEED = 3 * 72 / 25.4
MARGIN = BLEED + 14  # bleed, then the slug where the crop marks are drawn


def print_ready(path: Path) -> None:
    """Rewrite `path` in place with bleed and slug around every page and crop marks in the slug."""
    from reportlab.pdfgen import canvas as rl_canvas

    writer = PdfWriter(clone_from=PdfReader(path))
    for page in writer.pages:
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        marks_pdf = io.BytesIO()
        c = rl_canvas.Canvas(marks_pdf, pagesize=(w + 2 * MARGIN, h + 2 * MARGIN), invariant=1)
        c.setLineWidth(0.25)
        for x in (MARGIN, MARGIN + w):
            for y0, y1 in ((0, MARGIN - BLEED), (MARGIN + h + BLEED, h + 2 * MARGIN)):
                c.line(x, y0, x, y1)
        for y in (MARGIN, MARGIN + h):
            for x0, x1 in ((0, MARGIN - BLEED), (MARGIN + w + BLEED, w + 2 * MARGIN)):
                c.line(x0, y, x1, y)
        c.showPage()
        c.save()
        marks = PdfReader(io.BytesIO(marks_pdf.getvalue())).pages[0]
        page.mediabox = RectangleObject([-MARGIN, -MARGIN, w + MARGIN, h + MARGIN])
        page.cropbox = RectangleObject([-MARGIN, -MARGIN, w + MARGIN, h + MARGIN])
        page.bleedbox = RectangleObject([-BLEED, -BLEED, w + BLEED, h + BLEED])
        page.trimbox = RectangleObject([0, 0, w, h])
        page.merge_transformed_page(marks, Transformation().translate(-MARGIN, -MARGIN))
    with open(path, "wb") as out:
        writer.write(out)


# Base documents whose pages are stored portrait with /Rotate 90 (as imposition tools write
# landscape pages): displayed exactly like the landscape original, so the truth is unchanged.
ROTATED = {("card", "chromium"), ("card", "postscript")}


def rotate_pages(path: Path) -> None:
    """Store every page turned a quarter anticlockwise, with /Rotate 90 to show it upright."""
    writer = PdfWriter(clone_from=PdfReader(path))
    for page in writer.pages:
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        x0, y0 = float(page.mediabox.left), float(page.mediabox.bottom)
        page.add_transformation(Transformation().translate(-x0, -y0).rotate(90).translate(h, 0))
        page.mediabox = RectangleObject([0, 0, h, w])
        page.cropbox = RectangleObject([0, 0, h, w])
        page.rotation = 90
    with open(path, "wb") as out:
        writer.write(out)


def shifted(layout: dict, by: float) -> dict:
    return {k: (p, tuple(v + by for v in box)) for k, (p, box) in layout.items()}


class Renderer:
    def __init__(self, assets: Path) -> None:
        self.assets = assets
        self.html: HtmlProducer | None = None

    def render(
        self,
        producer: str,
        doc: Doc,
        path: Path,
        ready: bool = False,
        rotated: bool = False,
        **opts: object,
    ) -> dict:
        """Render `doc`; `ready` makes it print-ready (boxes move by MARGIN); `rotated` stores
        its pages portrait with /Rotate 90 (boxes, in displayed orientation, do not move)."""
        layout = self._render(producer, doc, path, **opts)
        if rotated:
            rotate_pages(path)
        if not ready:
            return layout
        print_ready(path)
        return shifted(layout, MARGIN)

    def _render(self, producer: str, doc: Doc, path: Path, **opts: object) -> dict:
        path.parent.mkdir(parents=True, exist_ok=True)
        if producer == "reportlab":
            return render_rl.render(doc, path, self.assets, **opts)
        if producer == "postscript":
            return render_ps.render(doc, path, self.assets, **opts)
        if self.html is None:
            self.html = HtmlProducer().__enter__()
        return self.html.render(doc, path, self.assets, **opts)

    def close(self) -> None:
        if self.html is not None:
            self.html.__exit__(None, None, None)


def gs_redistil(src: Path, dst: Path, setting: str = "/prepress") -> None:
    subprocess.run(
        [
            GS,
            "-sDEVICE=pdfwrite",
            f"-dPDFSETTINGS={setting}",
            "-dNOPAUSE",
            "-dBATCH",
            "-dQUIET",
            f"-sOutputFile={dst}",
            str(src),
        ],
        check=True,
    )


def pypdf_rewrite(src: Path, dst: Path) -> None:
    """Same pages, new object numbering, streams recompressed, metadata changed."""
    writer = PdfWriter(clone_from=PdfReader(src))
    writer.add_metadata({"/Producer": "pypdf rewrite", "/Title": "re-saved"})
    writer.compress_identical_objects()
    for page in writer.pages:
        page.compress_content_streams(level=9)
    with open(dst, "wb") as out:
        writer.write(out)


def rasterise(
    src: Path, dst: Path, fmt: str, meta_dpi: int | None, render_dpi: int, page: int = 1
) -> None:
    """A page exported as an image by Ghostscript's rasteriser (not the engine's PDFium)."""
    with tempfile.TemporaryDirectory() as tmp:
        png = Path(tmp) / "page.png"
        subprocess.run(
            [
                GS,
                "-sDEVICE=png16m",
                f"-r{render_dpi}",
                "-dTextAlphaBits=4",
                "-dGraphicsAlphaBits=4",
                f"-dFirstPage={page}",
                f"-dLastPage={page}",
                "-dNOPAUSE",
                "-dBATCH",
                "-dQUIET",
                f"-sOutputFile={png}",
                str(src),
            ],
            check=True,
        )
        image = Image.open(png).convert("RGB")
        kwargs: dict = {}
        if meta_dpi:
            kwargs["dpi"] = (meta_dpi, meta_dpi)
        if fmt == "jpeg":
            kwargs["quality"] = 92
        if fmt == "tiff":
            kwargs["compression"] = "tiff_lzw"
        image.save(dst, format=fmt.upper(), **kwargs)


def write_pair(out: Path, pairs: list, record: dict) -> None:
    folder = out / "pairs" / record["name"]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "truth.json").write_text(
        json.dumps(record, indent=1, ensure_ascii=False), encoding="utf-8"
    )
    pairs.append(record)


def accuracy_set(out: Path, seed: int, renderer: Renderer, pairs: list, jobs: list) -> None:
    for piece, build in PIECES.items():
        for lang in ("fr", "en"):
            for producer in PRODUCERS:
                base_name = f"{piece}-{lang}-{producer}"
                rng = np.random.default_rng(seed_for(seed, base_name))
                doc = build(rng, lang, base_name)
                base = out / "base" / f"{base_name}.pdf"
                looks = producer_options(producer, piece)
                ready = (piece, producer) in PRINT_READY
                offset = MARGIN if ready else 0.0
                if (piece, producer) in ROTATED:
                    looks["rotated"] = True
                old_layout = renderer.render(producer, doc, base, ready, **looks)
                common = {
                    "print_ready": ready,
                    "rotated_pages": bool(looks.get("rotated")),
                    "piece": piece,
                    "lang": lang,
                    "producer": producer,
                    "old": str(base.relative_to(out)),
                }
                if looks.get("rotated"):  # the same pages stored upright, without /Rotate
                    upright = out / "pairs" / f"{base_name}-unrotated" / "old.pdf"
                    plain = {k: v for k, v in looks.items() if k != "rotated"}
                    renderer.render(producer, doc, upright, ready, **plain)
                    nochange(
                        out,
                        pairs,
                        f"{base_name}-unrotated",
                        {**common, "old": str(upright.relative_to(out))},
                        base,
                        "the same pages stored portrait with /Rotate 90",
                    )
                plans = PLANS_SINGLE if piece in (*SINGLE_PAGE, "card") else PLANS_MULTI
                if piece == "catalogue":
                    plans = plans + PLANS_CATALOGUE_EXTRA
                for v, plan in enumerate(plans, 1):
                    vrng = np.random.default_rng(seed_for(seed, base_name, v))
                    families = list(plan)
                    vrng.shuffle(families)
                    new_doc, injections = inject(doc, vrng, families)
                    name = f"{base_name}-v{v}"
                    new_path = out / "pairs" / name / "new.pdf"
                    new_layout = renderer.render(producer, new_doc, new_path, ready, **looks)
                    changes = [
                        truth(i, doc, new_doc, old_layout, new_layout, offset) for i in injections
                    ]
                    if "outline_min_size" in looks:
                        mark_outlined(changes, injections, doc, new_doc, looks["outline_min_size"])
                    record = {
                        "name": name,
                        "category": "changed",
                        **common,
                        "new": str(new_path.relative_to(out)),
                        "changes": changes,
                        "page_map": page_map(doc, new_doc),
                    }
                    write_pair(out, pairs, record)
                    if piece in SINGLE_PAGE and v == len(plans):
                        raster_pairs(out, pairs, record, base, new_path, len(pairs))
                # No-change copies of the base document.
                reexport = out / "pairs" / f"{base_name}-reexport" / "new.pdf"
                if producer == "reportlab":
                    renderer.render(
                        producer,
                        doc,
                        reexport,
                        ready,
                        invariant=False,
                        compress=False,
                        creator="ownup corpus (re-export)",
                        jpeg_quality=85,
                    )
                    how = "re-exported: uncompressed, new timestamps/ids, photos at JPEG q85"
                elif producer == "postscript":
                    renderer.render(
                        producer,
                        doc,
                        reexport,
                        ready,
                        pdfsettings="/printer",
                        jpeg_quality=85,
                        **looks,
                    )
                    how = "re-distilled from the PostScript with /printer, photos at JPEG q85"
                else:
                    renderer.render(
                        producer, doc, reexport, ready, tagged=True, outline=True, **looks
                    )
                    how = "re-printed: tagged PDF with outline, new timestamps"
                nochange(out, pairs, f"{base_name}-reexport", common, reexport, how)
                distilled = out / "pairs" / f"{base_name}-gs" / "new.pdf"
                distilled.parent.mkdir(parents=True, exist_ok=True)
                jobs.append((gs_redistil, base, distilled))
                nochange(
                    out,
                    pairs,
                    f"{base_name}-gs",
                    common,
                    distilled,
                    "re-distilled: gs pdfwrite -dPDFSETTINGS=/prepress",
                )
                if producer == "reportlab":
                    rewritten = out / "pairs" / f"{base_name}-pypdf" / "new.pdf"
                    rewritten.parent.mkdir(parents=True, exist_ok=True)
                    pypdf_rewrite(base, rewritten)
                    nochange(
                        out,
                        pairs,
                        f"{base_name}-pypdf",
                        common,
                        rewritten,
                        "rewritten by pypdf: new object numbers, recompressed content",
                    )
                if piece in SINGLE_PAGE and lang == "fr":
                    fmt, dpi = ("png", 300) if producer == "reportlab" else ("jpeg", 200)
                    raster = out / "pairs" / f"{base_name}-raster-same" / f"new.{fmt}"
                    raster.parent.mkdir(parents=True, exist_ok=True)
                    rasterise(base, raster, fmt, dpi, dpi)
                    nochange(
                        out,
                        pairs,
                        f"{base_name}-raster-same",
                        common,
                        raster,
                        f"the same page exported as {fmt.upper()} at {dpi} dpi by Ghostscript",
                        category="nochange-raster",
                    )


def nochange(
    out: Path, pairs: list, name: str, common: dict, new: Path, how: str, category: str = "nochange"
) -> None:
    record = {
        "name": name,
        "category": category,
        **common,
        "new": str(new.relative_to(out)),
        "how": how,
        "changes": [],
    }
    write_pair(out, pairs, record)


def raster_pairs(
    out: Path, pairs: list, record: dict, base: Path, new_pdf: Path, counter: int
) -> None:
    """The changed copy exported as an image (and, every other time, the approved proof too)."""
    fmt, meta_dpi, dpi = RASTER_FORMATS[counter % len(RASTER_FORMATS)]
    name = record["name"] + f"-raster-{fmt}{meta_dpi or 'nodpi'}"
    folder = out / "pairs" / name
    folder.mkdir(parents=True, exist_ok=True)
    new = folder / f"new.{'jpg' if fmt == 'jpeg' else fmt}"
    rasterise(new_pdf, new, fmt, meta_dpi, dpi)
    old = base
    if counter % 2:
        old = folder / "old.png"
        rasterise(base, old, "png", 150, 150)
    raster = {
        **record,
        "name": name,
        "category": "changed-raster",
        "old": str(old.relative_to(out)),
        "new": str(new.relative_to(out)),
        "raster": {
            "format": fmt,
            "dpi_in_file": meta_dpi,
            "render_dpi": dpi,
            "old_is_raster": old != base,
        },
    }
    write_pair(out, pairs, raster)


# --- speed sets -----------------------------------------------------------------------------

PHOTO_POOL = 9


def _reseed(page: Page, prefix: str, index: int) -> Page:
    page = copy.deepcopy(page)
    page.uid = f"{prefix}{index}"
    for el in page.elements:
        el.id = f"{prefix}{index}-{el.id}"
        if isinstance(el, Photo):
            el.seed = 1000 + (el.seed % PHOTO_POOL)  # a small pool keeps generation fast
    return page


def simple_doc(seed: int, pages: int, name: str) -> Doc:
    """Text, vectors, tables and small photos: brochure inner pages and catalogue pages."""
    rng = np.random.default_rng(seed)
    out = []
    for i in range(pages):
        lang = "fr" if i % 2 else "en"
        if i % 3 == 2:
            page = product_page(
                rng,
                lang,
                Ids(),
                palette(rng),
                i + 1,
                ["Lampe Aurore", "Table Gaïa", "Vase Éole"],
                "x",
            )
        else:
            page = brochure(rng, lang, name).pages[1 + i % 3 % 2]
        out.append(_reseed(page, "s", i))
    return Doc(name, "fr", out)


def heavy_doc(seed: int, pages: int, name: str) -> Doc:
    """Full-bleed photos under translucent panels and a translucent photo over a photo."""
    rng = np.random.default_rng(seed)
    W, H = A4
    out = []
    for i in range(pages):
        p = Page(f"h{i}", A4)
        pal = palette(rng)
        p.elements += [
            Photo(f"h{i}-bg", 0, 0, W, H, 2000 + i % 6, dpi=200),
            Rect(f"h{i}-veil", 0, 0, W, H, pal["main"], alpha=0.25),
            Rect(f"h{i}-panel", 40, 480, W - 80, 300, (255, 255, 255), alpha=0.7, radius=10),
            Photo(f"h{i}-inset", 330, 80, 220, 300, 2100 + i % 5, dpi=200),
            Rect(f"h{i}-glass", 300, 60, 280, 200, pal["accent"], alpha=0.45),
            TextBlock(
                f"h{i}-title",
                60,
                500,
                W - 120,
                Style("sans", 26, True, color=pal["dark"]),
                [Word(f"{i + 1:02d}"), Word("Lumière"), Word("d'automne")],
            ),
            TextBlock(
                f"h{i}-body",
                60,
                550,
                W - 120,
                Style("serif", 10),
                [
                    Word(w)
                    for w in [
                        "Sous",
                        "la",
                        "verrière,",
                        "les",
                        "couleurs",
                        "se",
                        "superposent",
                        "et",
                        "la",
                        "lumière",
                        "traverse",
                        "les",
                        "panneaux",
                        "translucides",
                        "du",
                        "pavillon.",
                    ]
                ]
                * 3,
                align="justify",
            ),
        ]
        out.append(p)
    return Doc(name, "fr", out)


def change_every_page(doc: Doc) -> Doc:
    """A copy with one word changed on every page (for the cost of changed pages)."""
    new = copy.deepcopy(doc)
    for page in new.pages:
        for el in page.elements:
            if isinstance(el, TextBlock) and len(el.words) >= 3:
                el.words[1].text = el.words[1].text[::-1]
                break
    return new


def speed_sets(out: Path, seed: int, renderer: Renderer, pairs: list) -> dict:
    speed: dict = {}
    sets = out / "speed"
    sets.mkdir(parents=True, exist_ok=True)
    simple = simple_doc(seed_for(seed, "simple"), 60, "simple-60")
    render_rl.render(simple, sets / "simple-60.pdf", renderer.assets)
    render_rl.render(
        simple, sets / "simple-60-reexport.pdf", renderer.assets, invariant=False, compress=False
    )
    render_rl.render(change_every_page(simple), sets / "simple-60-changed.pdf", renderer.assets)
    speed["simple_same_file"] = ["speed/simple-60.pdf", "speed/simple-60.pdf"]  # hashing floor
    speed["simple_identical"] = ["speed/simple-60.pdf", "speed/simple-60-reexport.pdf"]
    speed["simple_changed"] = ["speed/simple-60.pdf", "speed/simple-60-changed.pdf"]
    heavy = heavy_doc(seed_for(seed, "heavy"), 16, "heavy-16")
    render_rl.render(heavy, sets / "heavy-16.pdf", renderer.assets)
    render_rl.render(
        heavy, sets / "heavy-16-reexport.pdf", renderer.assets, invariant=False, compress=False
    )
    render_rl.render(change_every_page(heavy), sets / "heavy-16-changed.pdf", renderer.assets)
    speed["heavy_identical"] = ["speed/heavy-16.pdf", "speed/heavy-16-reexport.pdf"]
    speed["heavy_changed"] = ["speed/heavy-16.pdf", "speed/heavy-16-changed.pdf"]
    if renderer.html is not None or Path(CHROMIUM).exists():
        renderer.render("chromium", heavy, sets / "heavy-16-chromium.pdf")
        renderer.render(
            "chromium", change_every_page(heavy), sets / "heavy-16-chromium-changed.pdf"
        )
        speed["heavy_chromium_changed"] = [
            "speed/heavy-16-chromium.pdf",
            "speed/heavy-16-chromium-changed.pdf",
        ]
    # The 200-page pair: also scored for accuracy (page pairing over a long document).
    long_doc = simple_doc(seed_for(seed, "long"), 200, "long-200")
    old_layout = render_rl.render(long_doc, sets / "long-200.pdf", renderer.assets)
    rng = np.random.default_rng(seed_for(seed, "long-changes"))
    new_doc, injections = inject(
        long_doc, rng, ["text", "text", "color", "image", "style", "graphic", "moved", "text"]
    )
    new_layout = render_rl.render(new_doc, sets / "long-200-changed.pdf", renderer.assets)
    record = {
        "name": "long-200",
        "category": "changed",
        "piece": "long",
        "lang": "fr+en",
        "producer": "reportlab",
        "old": "speed/long-200.pdf",
        "new": "speed/long-200-changed.pdf",
        "changes": [truth(i, long_doc, new_doc, old_layout, new_layout) for i in injections],
        "page_map": page_map(long_doc, new_doc),
    }
    write_pair(out, pairs, record)
    speed["long_200"] = ["speed/long-200.pdf", "speed/long-200-changed.pdf"]
    return speed


def generate(out: Path, seed: int, with_speed: bool = True) -> dict:
    started = time.time()
    if out.exists():
        shutil.rmtree(out)
    (out / "assets").mkdir(parents=True)
    renderer = Renderer(out / "assets")
    pairs: list[dict] = []
    jobs: list = []
    if not Path(CHROMIUM).exists():
        sys.exit(f"generate_corpus: {CHROMIUM} not found (apt-get install chromium)")
    try:
        accuracy_set(out, seed, renderer, pairs, jobs)
        speed = speed_sets(out, seed, renderer, pairs) if with_speed else {}
    finally:
        renderer.close()
    with ThreadPoolExecutor(max_workers=2) as pool:  # Ghostscript re-distils run alongside
        for future in [pool.submit(fn, *args) for fn, *args in jobs]:
            future.result()
    manifest = {
        "seed": seed,
        "pairs": pairs,
        "speed": speed,
        "seconds": round(time.time() - started, 1),
    }
    (out / "manifest.json").write_text(
        json.dumps(manifest, indent=1, ensure_ascii=False), encoding="utf-8"
    )
    return manifest


def summary(manifest: dict) -> str:
    pairs = manifest["pairs"]
    kinds: dict[str, int] = {}
    for p in pairs:
        for c in p["changes"]:
            kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
    cats: dict[str, int] = {}
    for p in pairs:
        cats[p["category"]] = cats.get(p["category"], 0) + 1
    total = sum(kinds.values())
    return (
        f"{len(pairs)} pairs {cats}; {total} injected changes {dict(sorted(kinds.items()))}; "
        f"{manifest['seconds']} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", type=Path, default=HERE / "corpus")
    parser.add_argument("--no-speed", action="store_true", help="skip the speed sets")
    args = parser.parse_args()
    manifest = generate(args.out, args.seed, with_speed=not args.no_speed)
    print(summary(manifest))


if __name__ == "__main__":
    main()
