"""The fixed words of the compare engine, its terminal summary and its HTML report, in English
and French. One home for them, so a string is never translated in one place and not another."""

from __future__ import annotations

LANGUAGES = ("en", "fr")

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "kind.text": "text",
        "kind.style": "style",
        "kind.color": "colour",
        "kind.image": "image",
        "kind.graphic": "graphic",
        "kind.moved": "moved",
        "kind.page_added": "page added",
        "kind.page_removed": "page removed",
        "kind.page_moved": "page moved",
        "summary.text_changed": "text changed: “{old}” → “{new}”",
        "summary.text_added": "text added: “{new}”",
        "summary.text_removed": "text removed: “{old}”",
        "summary.text_differs": "text looks different in the image: “{text}”",
        "summary.text_colour_differs": "text colour looks different in the image: “{text}”",
        "summary.text_drawn_otherwise": "same words drawn differently in the image: “{text}”",
        "summary.style": "“{text}”: {detail}",
        "summary.color": "colour changed {old} → {new} (ΔE {delta_e})",
        "style.font": "font {old} → {new}",
        "style.size": "size {old} → {new} pt",
        "style.italic": "italic",
        "style.upright": "upright",
        "style.colour": "colour {old} → {new} (ΔE {delta_e})",
        "summary.image": "image replaced or altered",
        "summary.image_reframed": "image resized, cropped or repositioned",
        "summary.graphic": "graphic changed",
        "summary.page_size": "page size changed: {old} → {new} mm",
        "summary.moved": "moved {distance} mm ({offset})",
        "summary.moved_text": "“{text}” moved {distance} mm ({offset})",
        "offset.right": "{mm} mm right",
        "offset.left": "{mm} mm left",
        "offset.down": "{mm} mm down",
        "offset.up": "{mm} mm up",
        "summary.page_added": "page {page} added",
        "summary.page_removed": "page {page} removed",
        "summary.page_moved": "page {old} is now page {new}",
        "annotation.was": "was: {old}",
        "annotation.added": "added",
        "cli.identical": "No differences: {old} and {new} are identical to the eye.",
        "cli.count": "{count} difference(s) between {old} and {new}",
        "cli.progress": "comparing",
        "report.title": "ownup — differences between {old} and {new}",
        "report.heading": "Differences",
        "report.identical": "No differences: the two files are identical to the eye.",
        "report.summary": "{count} difference(s) found on {pages} page(s).",
        "report.old": "Approved",
        "report.new": "New",
        "report.overlay": "Overlay",
        "report.side_by_side": "Side by side",
        "report.slider_help": "Drag the slider to fade from the approved page to the new one.",
        "report.page": "Page",
        "report.old_page": "approved p.{page}",
        "report.new_page": "new p.{page}",
        "report.changes": "Changes",
        "report.kind": "Kind",
        "report.what": "What changed",
        "report.where": "Where",
        "report.no_change_on_page": "No change on this page.",
        "report.generated": "Made by ownup compare at {dpi} dpi, colour threshold ΔE {threshold}.",
        "report.files": "Approved file: {old} · New file: {new}",
    },
    "fr": {
        "kind.text": "texte",
        "kind.style": "style",
        "kind.color": "couleur",
        "kind.image": "image",
        "kind.graphic": "graphisme",
        "kind.moved": "déplacé",
        "kind.page_added": "page ajoutée",
        "kind.page_removed": "page supprimée",
        "kind.page_moved": "page déplacée",
        "summary.text_changed": "texte modifié : « {old} » → « {new} »",
        "summary.text_added": "texte ajouté : « {new} »",
        "summary.text_removed": "texte supprimé : « {old} »",
        "summary.text_differs": "le texte diffère dans l'image : « {text} »",
        "summary.text_colour_differs": "la couleur du texte diffère dans l'image : « {text} »",
        "summary.text_drawn_otherwise": "mêmes mots, dessinés autrement dans l'image : « {text} »",
        "summary.style": "« {text} » : {detail}",
        "summary.color": "couleur modifiée {old} → {new} (ΔE {delta_e})",
        "style.font": "police {old} → {new}",
        "style.size": "corps {old} → {new} pt",
        "style.italic": "italique",
        "style.upright": "romain",
        "style.colour": "couleur {old} → {new} (ΔE {delta_e})",
        "summary.image": "image remplacée ou modifiée",
        "summary.image_reframed": "image redimensionnée, recadrée ou déplacée",
        "summary.graphic": "graphisme modifié",
        "summary.page_size": "format de page modifié : {old} → {new} mm",
        "summary.moved": "déplacé de {distance} mm ({offset})",
        "summary.moved_text": "« {text} » déplacé de {distance} mm ({offset})",
        "offset.right": "{mm} mm vers la droite",
        "offset.left": "{mm} mm vers la gauche",
        "offset.down": "{mm} mm vers le bas",
        "offset.up": "{mm} mm vers le haut",
        "summary.page_added": "page {page} ajoutée",
        "summary.page_removed": "page {page} supprimée",
        "summary.page_moved": "la page {old} est maintenant la page {new}",
        "annotation.was": "avant : {old}",
        "annotation.added": "ajouté",
        "cli.identical": "Aucune différence : {old} et {new} sont identiques à l'œil.",
        "cli.count": "{count} différence(s) entre {old} et {new}",
        "cli.progress": "comparaison",
        "report.title": "ownup — différences entre {old} et {new}",
        "report.heading": "Différences",
        "report.identical": "Aucune différence : les deux fichiers sont identiques à l'œil.",
        "report.summary": "{count} différence(s) trouvée(s) sur {pages} page(s).",
        "report.old": "BAT validé",
        "report.new": "Nouveau",
        "report.overlay": "Superposition",
        "report.side_by_side": "Côte à côte",
        "report.slider_help": "Faites glisser le curseur pour passer de la page validée à la "
        "nouvelle.",
        "report.page": "Page",
        "report.old_page": "validé p. {page}",
        "report.new_page": "nouveau p. {page}",
        "report.changes": "Modifications",
        "report.kind": "Type",
        "report.what": "Ce qui a changé",
        "report.where": "Où",
        "report.no_change_on_page": "Aucune modification sur cette page.",
        "report.generated": "Produit par ownup compare à {dpi} dpi, seuil de couleur ΔE "
        "{threshold}.",
        "report.files": "Fichier validé : {old} · Nouveau fichier : {new}",
    },
}


def tr(lang: str, key: str, **values: object) -> str:
    table = STRINGS.get(lang, STRINGS["en"])
    return table.get(key, STRINGS["en"][key]).format(**values)


def decimal(lang: str, value: float, places: int = 1) -> str:
    """A number with the language's decimal mark."""
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if lang == "fr" else text


def millimetres(lang: str, value: float) -> str:
    """A length (unsigned) to a tenth of a millimetre."""
    return decimal(lang, abs(value))


def offset_phrase(lang: str, dx_mm: float, dy_mm: float) -> str:
    """Where a thing went, in words: "4.0 mm right, 3.0 mm down"."""
    parts = []
    if abs(dx_mm) >= 0.05:
        parts.append(
            tr(lang, "offset.right" if dx_mm > 0 else "offset.left", mm=millimetres(lang, dx_mm))
        )
    if abs(dy_mm) >= 0.05:
        parts.append(
            tr(lang, "offset.down" if dy_mm > 0 else "offset.up", mm=millimetres(lang, dy_mm))
        )
    return ", ".join(parts)
