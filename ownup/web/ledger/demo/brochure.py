"""The demo brochure, drawn with reportlab: the story's event programme in four states.

Version 1 is the first proof, version 2 takes the client's corrections, version 3 is the proof
the client approved, and the "final" file is version 3 after the last-minute tweak that was never
sent back for approval: a rebalanced text block that swapped two digits of the phone number and
changed the start time. Output is byte-for-byte reproducible (reportlab's invariant mode)."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas


@dataclass(frozen=True)
class BrochureState:
    title: str
    date_line: str
    start_time: str
    phone: str
    band_colour: str
    intro: tuple[str, ...]
    text_shift_mm: float = 0.0


STATES: dict[str, BrochureState] = {
    "v1": BrochureState(
        title="Rencontres d'automne",
        date_line="Samedi 14 novembre 2026",
        start_time="19 h 00",
        phone="02 41 88 47 35",
        band_colour="#2F6F5E",
        intro=(
            "Une soirée pour découvrir les producteurs",
            "de la région, leurs vins et leurs histoires.",
        ),
    ),
    "v2": BrochureState(
        title="Rencontres d'automne",
        date_line="Samedi 14 novembre 2026",
        start_time="18 h 30",
        phone="02 41 88 47 35",
        band_colour="#2F6F5E",
        intro=(
            "Une soirée pour découvrir les producteurs de la",
            "région, leurs vins, leurs fromages et leurs histoires.",
        ),
    ),
    "v3": BrochureState(
        title="Rencontres d'automne",
        date_line="Samedi 14 novembre 2026",
        start_time="18 h 30",
        phone="02 41 88 47 35",
        band_colour="#2B6A8F",
        intro=(
            "Une soirée pour découvrir les producteurs de la",
            "région, leurs vins, leurs fromages et leurs histoires.",
        ),
    ),
    "final": BrochureState(
        title="Rencontres d'automne",
        date_line="Samedi 14 novembre 2026",
        start_time="18 h 00",
        phone="02 41 88 74 35",
        band_colour="#2B6A8F",
        intro=(
            "Une soirée pour découvrir les producteurs de la région,",
            "leurs vins, leurs fromages et leurs histoires.",
        ),
        text_shift_mm=3.0,
    ),
}


def brochure_pdf(state_name: str) -> bytes:
    state = STATES[state_name]
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A5, invariant=1, pageCompression=1)
    pdf.setTitle(f"{state.title} - brochure")
    pdf.setAuthor("Atelier Lise Moreau")
    width, height = A5

    # Page 1: cover.
    pdf.setFillColor(HexColor(state.band_colour))
    pdf.rect(0, height - 70 * mm, width, 70 * mm, stroke=0, fill=1)
    pdf.setFillColor(HexColor("#FFFFFF"))
    pdf.setFont("Helvetica-Bold", 24)
    pdf.drawString(14 * mm, height - 35 * mm, state.title)
    pdf.setFont("Helvetica", 13)
    pdf.drawString(14 * mm, height - 47 * mm, state.date_line)
    pdf.setFillColor(HexColor("#1D2430"))
    pdf.setFont("Helvetica", 11)
    y = height - 90 * mm
    for line in state.intro:
        pdf.drawString((14 + state.text_shift_mm) * mm, y, line)
        y -= 6 * mm
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(14 * mm, 60 * mm, f"Accueil à partir de {state.start_time}")
    pdf.setFont("Helvetica", 11)
    pdf.drawString(14 * mm, 52 * mm, "Domaine des Tilleuls - 49000 Angers")
    pdf.drawString(14 * mm, 44 * mm, f"Réservations : {state.phone}")
    pdf.setFillColor(HexColor("#C8553D"))
    pdf.circle(width - 30 * mm, 50 * mm, 12 * mm, stroke=0, fill=1)
    pdf.setFillColor(HexColor("#FFFFFF"))
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawCentredString(width - 30 * mm, 49 * mm, "Entrée libre")
    pdf.showPage()

    # Page 2: programme.
    pdf.setFillColor(HexColor("#1D2430"))
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(14 * mm, height - 25 * mm, "Programme")
    pdf.setFont("Helvetica", 11)
    programme = [
        (state.start_time, "Accueil et dégustation"),
        ("19 h 30", "Table ronde : la vigne face au climat"),
        ("21 h 00", "Dîner des producteurs"),
        ("23 h 00", "Fin de soirée"),
    ]
    y = height - 40 * mm
    for hour, label in programme:
        pdf.setFont("Helvetica-Bold", 11)
        pdf.drawString(14 * mm, y, hour)
        pdf.setFont("Helvetica", 11)
        pdf.drawString(40 * mm, y, label)
        y -= 9 * mm
    pdf.setStrokeColor(HexColor(state.band_colour))
    pdf.setLineWidth(2)
    pdf.line(14 * mm, 30 * mm, width - 14 * mm, 30 * mm)
    pdf.setFont("Helvetica", 9)
    pdf.drawString(14 * mm, 22 * mm, f"Informations et réservations : {state.phone}")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
