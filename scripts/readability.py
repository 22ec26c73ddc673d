#!/usr/bin/env python3
"""Readability of the widget's words, measured with textstat (make readability).

Reads every language's texts as `{"en": [[key, text], ...], "es": ...}` (written by the
(the files in texts/, one per language) and prints:

- English: the Flesch-Kincaid grade (target: 6 or lower);
- Spanish: the Szigriszt-Pazos perspicuity with its INFLESZ label (target: 65 or more,
  "bastante fácil"), and the Fernández-Huerta score beside it.

Only prose is measured: the intro, statements, results and guidance, notices, activity steps
and reasons. Single labels (buttons, headings, weekday names) are left out, since a two-word
label says nothing about how easy sentences are to read. The texts that score worst are listed
to show what to rewrite first. Exits with 1 when a target is missed.
"""

import json
import os
import re
import sys

import textstat

EN_MAX_GRADE = 6.0
ES_MIN_INFLESZ = 65.0
HARDEST = 10

# Prose: whole sentences of at least this many words.
MIN_WORDS = 5
# Keys that are never prose, whatever their length.
SKIP = re.compile(r"^(weekdays|months|scale|kinds\.[^.]+\.name|day_short|date_long)\b")


def inflesz(score):
    """The INFLESZ scale (Barrio-Cantalejo 2008) for a Szigriszt-Pazos score."""
    if score < 40:
        return "muy difícil"
    if score < 55:
        return "algo difícil"
    if score < 65:
        return "normal"
    if score < 80:
        return "bastante fácil"
    return "muy fácil"


# What a placeholder stands for when measuring: a number or a short name.
NUMBERS = {"n", "total", "count", "weeks", "minutes", "done", "before", "now"}


def stand_in(match):
    return "5" if match.group(1) in NUMBERS else "Harbour"


def prose(texts):
    """The measurable sentences, with placeholders such as {practice} filled in."""
    out = []
    for key, text in texts:
        if SKIP.match(key):
            continue
        clean = re.sub(r"\{([a-z_]+)\}", stand_in, text).strip()
        if len(clean.split()) < MIN_WORDS or not clean.endswith((".", "?", "!")):
            continue
        out.append((key, clean))
    return out


VOWELS = set("aeiouáéíóúü")
# Vowels that start a new syllable after another of this set (a hiatus): the strong
# vowels, and i and u when stressed.
OPEN = set("aeoáéóíú")


def spanish_syllables(word):
    """Syllables by rule: one per vowel group, split where two open vowels meet; the u of
    que, qui, gue, gui is silent. pyphen, which textstat uses, cannot split a word's first
    or last letter ("a-ho-ra" counts 2) nor a hiatus ("dí-a" counts 1), so it counts low."""
    word = re.sub(r"(?<=[qg])u(?=[eéií])", "", word.lower())
    count, previous = 0, None
    for c in word:
        if c in VOWELS:
            if previous is None or (previous in OPEN and c in OPEN):
                count += 1
            previous = c
        else:
            previous = None
    return max(count, 1)


def szigriszt_by_rule(text):
    """Szigriszt-Pazos with the rule-based syllable count, as a cross-check."""
    words = re.findall(r"[a-záéíóúüñ]+", text.lower())
    syllables = sum(spanish_syllables(w) for w in words)
    return 206.835 - 62.3 * syllables / len(words) - len(words) / textstat.sentence_count(text)


def hardest(items, score, worst_first_reverse):
    scored = [(score(text), key, text) for key, text in items]
    scored.sort(key=lambda s: s[0], reverse=worst_first_reverse)
    return scored[:HARDEST]


def main(folder):
    # One file per language, `{key: text}` in order: the files the widget ships.
    catalogs = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith(".json"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                catalogs[name[:-5]] = list(json.load(f).items())
    ok = True

    textstat.set_lang("en")
    en = prose(catalogs["en"])
    en_all = " ".join(t for _, t in en)
    grade = textstat.flesch_kincaid_grade(en_all)
    words = textstat.lexicon_count(en_all)
    print(f"English: {len(en)} prose texts, {words} words, "
          f"{textstat.words_per_sentence(en_all):.1f} words a sentence, "
          f"{textstat.avg_syllables_per_word(en_all):.2f} syllables a word")
    verdict = "ok" if grade <= EN_MAX_GRADE else "ABOVE TARGET"
    print(f"  Flesch-Kincaid grade: {grade:.1f} (target <= {EN_MAX_GRADE:g}: {verdict})")
    print(f"  Flesch reading ease:  {textstat.flesch_reading_ease(en_all):.1f}")
    ok &= grade <= EN_MAX_GRADE
    print(f"  The {HARDEST} hardest (highest grade):")
    for score, key, text in hardest(en, textstat.flesch_kincaid_grade, True):
        print(f"    {score:5.1f}  {key}: {text}")

    for lang in sorted(catalogs):
        if lang != "es":
            continue
        textstat.set_lang("es")
        es = prose(catalogs[lang])
        es_all = " ".join(t for _, t in es)
        sp = textstat.szigriszt_pazos(es_all)
        fh = textstat.fernandez_huerta(es_all)
        print()
        print(f"Spanish: {len(es)} prose texts, {textstat.lexicon_count(es_all)} words, "
              f"{textstat.words_per_sentence(es_all):.1f} words a sentence, "
              f"{textstat.avg_syllables_per_word(es_all):.2f} syllables a word")
        verdict = "ok" if sp >= ES_MIN_INFLESZ else "BELOW TARGET"
        print(f"  Szigriszt-Pazos: {sp:.1f}, INFLESZ \"{inflesz(sp)}\" "
              f"(target >= {ES_MIN_INFLESZ:g}: {verdict})")
        print(f"  Fernández-Huerta: {fh:.1f}")
        by_rule = szigriszt_by_rule(es_all)
        print(f"  Cross-check, Szigriszt-Pazos with rule-based syllables: {by_rule:.1f}, "
              f"INFLESZ \"{inflesz(by_rule)}\" (textstat counts some syllables low)")
        ok &= sp >= ES_MIN_INFLESZ
        print(f"  The {HARDEST} hardest (lowest Szigriszt-Pazos):")
        for score, key, text in hardest(es, textstat.szigriszt_pazos, False):
            print(f"    {score:5.1f}  {key}: {text}")

    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "texts"))
