"""The one home for the messages to the client: a call script to speak from and an email, in
French or English, built from the incident record.

Both follow the same order, the order that restores trust after a competence error:
1. the problem and its impact on the client;
2. one sincere apology (once: repeated apologies read as self-abasement);
3. responsibility in the first person ("it is my error");
4. what happened, as facts (causes explain, they do not excuse);
5. the remedy, with its date and who bears the cost (me);
6. the next step, with a follow-up time.
The wording avoids what the draft checker flags: no "sorry if", no agentless "an error slipped
in", no self-denigration, no blame on anyone else, no minimising.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from .text import Lang, format_datetime, normalise_lang, pick


class Section(StrEnum):
    PROBLEM = "problem"
    APOLOGY = "apology"
    RESPONSIBILITY = "responsibility"
    EXPLANATION = "explanation"
    REMEDY = "remedy"
    NEXT_STEP = "next_step"


SECTION_ORDER: tuple[Section, ...] = tuple(Section)


@dataclass(frozen=True)
class MessageContext:
    lang: Lang
    recipient_name: str
    sender_name: str
    #: What the message is about, as it reads after "about": "the brochure for your gala".
    subject_item: str
    #: The problem as the client sees it: "the 300 brochures differ from the proof you approved".
    problem: str
    #: The remedy, as an action: "I am reprinting the 300 brochures".
    remedy: str
    #: When the remedy reaches the client.
    remedy_ready_at: datetime
    #: When I come back to the client.
    follow_up_at: datetime
    #: Impact on the client, one short phrase each ("the brochures cannot be handed out").
    impacts: tuple[str, ...] = field(default_factory=tuple)
    #: Causes in the first person, one fact each ("I adjusted a text block after your approval").
    causes: tuple[str, ...] = field(default_factory=tuple)
    date_at_stake: datetime | None = None
    #: "your event", "votre salon"...
    date_at_stake_label: str = ""


@dataclass(frozen=True)
class Email:
    subject: str
    body: str


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?…" else text + "."


def _clause(text: str) -> str:
    """A phrase to follow a colon: no final full stop, first letter kept as written."""
    text = " ".join(text.split())
    return text.rstrip(".")


def _join(items: tuple[str, ...], lang: Lang) -> str:
    items = tuple(_clause(i) for i in items if i.strip())
    if len(items) <= 1:
        return "".join(items)
    last = pick(lang, " and ", " et ")
    return ", ".join(items[:-1]) + last + items[-1]


def _problem_lines(ctx: MessageContext) -> list[str]:
    lang = ctx.lang
    multi = "\n" in ctx.problem.strip()
    if multi:
        opening = pick(
            lang,
            f"I am writing to you about {ctx.subject_item}. Here is the problem:",
            f"Je vous écris au sujet de {ctx.subject_item}. Voici le problème :",
        )
        lines = [opening, ctx.problem.strip()]
    else:
        lines = [
            pick(
                lang,
                f"I am writing to you about {ctx.subject_item}: {_clause(ctx.problem)}.",
                f"Je vous écris au sujet de {ctx.subject_item} : {_clause(ctx.problem)}.",
            )
        ]
    impact = []
    if ctx.impacts:
        impact.append(
            pick(
                lang,
                f"For you, this means that {_join(ctx.impacts, lang)}.",
                f"Pour vous, cela signifie que {_join(ctx.impacts, lang)}.",
            )
        )
    if ctx.date_at_stake is not None:
        label = ctx.date_at_stake_label or pick(lang, "your deadline", "votre échéance")
        impact.append(
            pick(
                lang,
                f"I know how much {label} on {format_datetime(ctx.date_at_stake, lang)} matters.",
                f"Je sais combien {label} du {format_datetime(ctx.date_at_stake, lang)} compte.",
            )
        )
    if impact:
        lines.append(" ".join(impact))
    return lines


def _apology(lang: Lang) -> str:
    return pick(
        lang,
        "I am truly sorry for this error.",
        "Je vous présente mes sincères excuses pour cette erreur.",
    )


def _responsibility(lang: Lang) -> str:
    return pick(
        lang,
        "It is my error, and I take full responsibility for it.",
        "C'est mon erreur, et j'en assume l'entière responsabilité.",
    )


def _explanation(ctx: MessageContext) -> str:
    lang = ctx.lang
    if not ctx.causes:
        return pick(
            lang,
            "I am establishing exactly how I let it through, and I will tell you what I find.",
            "J'établis précisément comment je l'ai laissée passer, et je vous dirai ce que "
            "je trouve.",
        )
    facts = " ".join(_sentence(c) for c in ctx.causes)
    return pick(lang, f"Here is what happened. {facts}", f"Voici ce qui s'est passé. {facts}")


def _remedy(ctx: MessageContext) -> str:
    lang = ctx.lang
    when = format_datetime(ctx.remedy_ready_at, lang)
    return pick(
        lang,
        f"Here is my solution: {_clause(ctx.remedy)}, and you will have it by {when}. "
        "I bear the full cost; you pay nothing for it.",
        f"Voici ma solution : {_clause(ctx.remedy)}, et vous l'aurez d'ici le {when}. "
        "J'en prends tous les frais à ma charge ; vous ne payez rien.",
    )


def _next_step(ctx: MessageContext) -> str:
    lang = ctx.lang
    when = format_datetime(ctx.follow_up_at, lang)
    return pick(
        lang,
        f"Next step: I will call you on {when} to check with you that everything is right. "
        "You can reach me before then whenever you need.",
        f"Prochaine étape : je vous appelle le {when} pour vérifier avec vous que tout est "
        "en ordre. Vous pouvez me joindre d'ici là dès que vous en avez besoin.",
    )


def email_sections(ctx: MessageContext) -> list[tuple[Section, str]]:
    ctx = _normalised(ctx)
    return [
        (Section.PROBLEM, "\n\n".join(_problem_lines(ctx))),
        (Section.APOLOGY, _apology(ctx.lang)),
        (Section.RESPONSIBILITY, _responsibility(ctx.lang)),
        (Section.EXPLANATION, _explanation(ctx)),
        (Section.REMEDY, _remedy(ctx)),
        (Section.NEXT_STEP, _next_step(ctx)),
    ]


def _normalised(ctx: MessageContext) -> MessageContext:
    lang = normalise_lang(ctx.lang)
    if lang == ctx.lang:
        return ctx
    from dataclasses import replace

    return replace(ctx, lang=lang)


def compose_email(ctx: MessageContext) -> Email:
    ctx = _normalised(ctx)
    lang = ctx.lang
    subject = pick(
        lang,
        f"{_capital(ctx.subject_item)}: my error, and how I am putting it right",
        f"{_capital(ctx.subject_item)} : mon erreur, et comment je la répare",
    )
    greeting = pick(lang, f"Hello {ctx.recipient_name},", f"Bonjour {ctx.recipient_name},")
    sections = email_sections(ctx)
    # Apology and responsibility read best as one short paragraph.
    paragraphs = [
        sections[0][1],
        f"{sections[1][1]} {sections[2][1]}",
        sections[3][1],
        sections[4][1],
        sections[5][1],
    ]
    closing = pick(
        lang, f"Best regards,\n{ctx.sender_name}", f"Bien cordialement,\n{ctx.sender_name}"
    )
    body = "\n\n".join([greeting, *paragraphs, closing]) + "\n"
    return Email(subject=subject, body=body)


def _first_line(text: str) -> str:
    """A spoken point keeps to the headline; the details are in the email."""
    return text.strip().splitlines()[0].rstrip(" :") if text.strip() else text


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def compose_call_script(ctx: MessageContext) -> list[tuple[Section | None, str]]:
    """Short points to speak from, in the same order as the email, then a reminder to listen."""
    ctx = _normalised(ctx)
    lang = ctx.lang
    ready = format_datetime(ctx.remedy_ready_at, lang)
    follow = format_datetime(ctx.follow_up_at, lang)
    points: list[tuple[Section | None, str]] = [
        (
            Section.PROBLEM,
            pick(
                lang,
                f"“{ctx.recipient_name}, I am calling about {ctx.subject_item}.” "
                f"The problem: {_clause(_first_line(ctx.problem))}.",
                f"« {ctx.recipient_name}, je vous appelle au sujet de {ctx.subject_item}. » "
                f"Le problème : {_clause(_first_line(ctx.problem))}.",
            ),
        )
    ]
    if ctx.impacts or ctx.date_at_stake:
        what = _join(ctx.impacts, lang) if ctx.impacts else ""
        date = format_datetime(ctx.date_at_stake, lang) if ctx.date_at_stake is not None else ""
        text = pick(lang, "For them: ", "Pour le client : ") + (what or "")
        if date:
            text += (" — " if what else "") + (ctx.date_at_stake_label or "") + f" ({date})"
        points.append((Section.PROBLEM, text.strip()))
    points += [
        (
            Section.APOLOGY,
            pick(
                lang,
                "“I am truly sorry.” Once.",
                "« Je suis sincèrement désolée / désolé. » Une fois.",
            ),
        ),
        (
            Section.RESPONSIBILITY,
            pick(
                lang,
                "“It is my error; I take responsibility.”",
                "« C'est mon erreur ; j'en assume la responsabilité. »",
            ),
        ),
        (
            Section.EXPLANATION,
            pick(lang, "What happened: ", "Ce qui s'est passé : ")
            + (
                " ".join(_sentence(c) for c in ctx.causes)
                if ctx.causes
                else pick(
                    lang,
                    "I am still establishing how; say so.",
                    "J'établis encore comment ; le dire.",
                )
            ),
        ),
        (
            Section.REMEDY,
            pick(
                lang,
                f"My solution: {_clause(ctx.remedy)}, ready by {ready}, at my cost.",
                f"Ma solution : {_clause(ctx.remedy)}, prête d'ici le {ready}, à mes frais.",
            ),
        ),
        (
            Section.NEXT_STEP,
            pick(
                lang,
                f"Next step: I call back on {follow}; I confirm all this by email today.",
                f"Prochaine étape : je rappelle le {follow} ; "
                "je confirme tout par e-mail aujourd'hui.",
            ),
        ),
        (
            None,
            pick(
                lang,
                "Then listen: how does this affect them, what do they need from me?",
                "Puis écouter : qu'est-ce que cela change pour le client, de quoi a-t-il besoin ?",
            ),
        ),
    ]
    return points


_REMEDY_PHRASES = {
    "reprint": (
        "I am having the corrected copies reprinted and delivered to you",
        "je fais réimprimer les exemplaires corrigés et je vous les livre",
    ),
    "sticker": (
        "I am producing corrective stickers and applying them to every copy myself",
        "je fais fabriquer des autocollants correctifs et je les pose moi-même sur chaque "
        "exemplaire",
    ),
    "erratum": (
        "I am printing an erratum insert and placing it in every copy myself",
        "je fais imprimer un encart d'erratum et je le glisse moi-même dans chaque exemplaire",
    ),
    "digital_correction": (
        "I am correcting the digital version and sending it to you",
        "je corrige la version numérique et je vous l'envoie",
    ),
    "redelivery": (
        "I am preparing a corrected delivery for you",
        "je vous prépare une livraison corrigée",
    ),
}


def remedy_phrase(kind: str, title: str, lang: str) -> str:
    """How a remedy option reads in a message: an action in the first person. Options of kind
    "other" use their own title, which the user writes."""
    phrases = _REMEDY_PHRASES.get(kind)
    if phrases is None:
        return title
    return pick(lang, *phrases)
