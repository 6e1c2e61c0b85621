"""Photo-like images: a sky/ground gradient, soft light blobs, objects, blur and sensor noise."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from .model import Photo

SOURCE_SIDE = 1000  # pixels on the long side of the source picture before framing


@lru_cache(maxsize=48)
def _source(seed: int, aspect: float) -> Image.Image:
    rng = np.random.default_rng(seed)
    if aspect >= 1:
        w, h = SOURCE_SIDE, max(8, int(SOURCE_SIDE / aspect))
    else:
        w, h = max(8, int(SOURCE_SIDE * aspect)), SOURCE_SIDE
    # Smooth light is computed on a coarse grid and scaled up: it has no fine detail anyway.
    cw, ch = max(4, w // 8), max(4, h // 8)
    yy, xx = np.mgrid[0:ch, 0:cw].astype(np.float32)
    angle = rng.uniform(0, np.pi)
    t = (np.cos(angle) * xx / cw + np.sin(angle) * yy / ch + 1) / 2.5
    top, bottom = rng.integers(20, 236, size=(2, 3))
    img = top[None, None, :] * (1 - t[..., None]) + bottom[None, None, :] * t[..., None]
    for _ in range(rng.integers(3, 7)):  # soft light and shadow
        cx, cy = rng.uniform(0, cw), rng.uniform(0, ch)
        r = rng.uniform(0.1, 0.5) * max(cw, ch)
        blob = np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * r * r))
        img += blob[..., None] * rng.uniform(-70, 70, size=3)[None, None, :]
    coarse = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))
    picture = coarse.resize((w, h), Image.Resampling.BILINEAR)
    draw = ImageDraw.Draw(picture)
    for _ in range(rng.integers(6, 16)):  # objects: fruit, plates, buildings, leaves
        colour = tuple(int(v) for v in rng.integers(0, 256, size=3))
        x0, y0 = rng.uniform(-0.1, 1.0) * w, rng.uniform(-0.1, 1.0) * h
        size = rng.uniform(0.04, 0.3) * max(w, h)
        shape = rng.integers(0, 3)
        if shape == 0:
            draw.ellipse([x0, y0, x0 + size, y0 + size * rng.uniform(0.5, 1.5)], fill=colour)
        elif shape == 1:
            draw.rectangle([x0, y0, x0 + size * rng.uniform(0.3, 1), y0 + size], fill=colour)
        else:
            pts = [
                (x0 + rng.uniform(-1, 1) * size, y0 + rng.uniform(-1, 1) * size) for _ in range(5)
            ]
            draw.polygon(pts, fill=colour)
    picture = picture.filter(ImageFilter.GaussianBlur(radius=float(rng.uniform(1.0, 4.0))))
    sigma = rng.uniform(3, 9)
    noisy = (
        np.asarray(picture, dtype=np.float32) + rng.standard_normal((h, w, 3), np.float32) * sigma
    )
    return Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8))


def _alter(picture: Image.Image, alteration: tuple[float, float, float, float, int]) -> None:
    """Paint a local retouch: an object added, removed or recoloured inside a sub-rectangle."""
    fx0, fy0, fx1, fy1, seed = alteration
    rng = np.random.default_rng(seed)
    w, h = picture.size
    box = (int(fx0 * w), int(fy0 * h), int(fx1 * w), int(fy1 * h))
    draw = ImageDraw.Draw(picture)
    colour = tuple(int(v) for v in rng.integers(0, 256, size=3))
    if seed % 2:
        draw.ellipse(box, fill=colour)
    else:
        region = picture.crop(box)
        arr = np.asarray(region, dtype=np.float32)
        arr = arr[..., ::-1] * 0.8 + 40  # channel swap and darkening: a recoloured object
        picture.paste(Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)), box[:2])


def photo_file(photo: Photo, assets: Path, quality: int = 90, alpha: bool = True) -> Path:
    """Render the photo's pixels for its frame and window into a cached JPEG.

    A cut-out photo is a PNG with a feathered elliptical alpha channel (unless alpha=False:
    the same pixels as an opaque JPEG, for a producer that clips instead).
    """
    cutout = photo.cutout and alpha
    key = repr(
        (
            photo.seed,
            round(photo.w / photo.h, 4),
            photo.window,
            photo.alteration,
            photo.dpi,
            round(photo.w),
            quality,
            cutout,
        )
    )
    suffix = ".png" if cutout else ".jpg"
    path = assets / f"photo-{hashlib.sha1(key.encode()).hexdigest()[:16]}{suffix}"
    if path.exists():
        return path
    fx0, fy0, fx1, fy1 = photo.window
    frame_aspect = photo.w / photo.h
    source_aspect = round(frame_aspect, 3)  # a crop shows part of the same picture
    source = _source(photo.seed, source_aspect)
    sw, sh = source.size
    crop = source.copy().crop((int(fx0 * sw), int(fy0 * sh), int(fx1 * sw), int(fy1 * sh)))
    out_w = max(8, int(photo.w / 72 * photo.dpi))
    out_h = max(8, int(photo.h / 72 * photo.dpi))
    framed = crop.resize((out_w, out_h), Image.Resampling.LANCZOS)
    if photo.alteration is not None:
        _alter(framed, photo.alteration)
    assets.mkdir(parents=True, exist_ok=True)
    if cutout:
        mask = Image.new("L", framed.size, 0)
        ImageDraw.Draw(mask).ellipse([2, 2, framed.size[0] - 3, framed.size[1] - 3], fill=255)
        framed.putalpha(mask.filter(ImageFilter.GaussianBlur(radius=3)))
        framed.save(path, dpi=(photo.dpi, photo.dpi))
    else:
        framed.save(path, quality=quality, dpi=(photo.dpi, photo.dpi))
    return path
