"""Knowledge written once: where a module needs a subset of a lexicon table, or two tables share entries, the
subset is derived from the table and the shared entries are a table of their own; each test here fails when a copy
drifts from the table it was taken from (a word added to one and not the other)."""

from __future__ import annotations

from articlecli import lexicon as L


def test_courtesy_titles_do_not_drift_between_the_foreign_and_the_regional_titles() -> None:
    """The courtesy titles ("Señora", "Herr") are one table that both others hold whole, and neither writes again."""
    for table in (L.FOREIGN_TITLES, L.REGIONAL_TITLES):
        assert len(set(table)) == len(table)
        at = table.index(L.FOREIGN_COURTESY_TITLES[0])
        assert table[at : at + len(L.FOREIGN_COURTESY_TITLES)] == L.FOREIGN_COURTESY_TITLES


def test_no_module_binds_a_name_twice() -> None:
    """A module-level name bound twice (`_COURTESY_TITLES` with the honorifics, then without) is knowledge written
    twice that has drifted: every function reads the last binding, whatever the first one's neighbours meant."""
    import ast
    from collections import Counter
    from pathlib import Path

    twice = []
    for path in sorted(Path(L.__file__).resolve().parent.rglob("*.py")):
        bound: Counter[str] = Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                bound.update(t.id for t in targets if isinstance(t, ast.Name))
            elif isinstance(node, ast.FunctionDef | ast.ClassDef):
                bound[node.name] += 1
        twice += [f"{path.name}: {name}" for name, n in bound.items() if n > 1]
    assert twice == []


# Written twice on purpose, with why: the writer's own words opening an interview ("We put our questions to ...",
# `speech._ASKED_BY_THE_WRITER`), not every possessive of the writer ("your" is the reader's).
_PRONOUNS_KEPT = {"speech.py": "(?:our|my|these)"}


def test_pronouns_and_possessives_do_not_drift_from_the_lexicon() -> None:
    """No module writes two subject pronouns or possessives side by side, in a pattern (`his|her|their`) or a
    tuple (`("his", "her")`): they are `SUBJECT_PRONOUNS`, `STORY_POSSESSIVES`, `WRITER_AND_READER_POSSESSIVES`
    (and the tables built from them), which a module reads, or a subset it derives from them, saying why."""
    import ast
    import re
    from pathlib import Path

    words = {*L.STORY_POSSESSIVES, *L.WRITER_AND_READER_POSSESSIVES, *L.SUBJECT_PRONOUNS} - {"i"}
    pair = re.compile(r"(?<![A-Za-z])([a-z]+)\|([a-z]+)(?![a-z])")
    found = []
    for path in sorted(Path(L.__file__).resolve().parent.rglob("*.py")):
        if path.name == "lexicon.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if _PRONOUNS_KEPT.get(path.name, "\x00") in node.value:
                    continue
                if any(m[1] in words and m[2] in words for m in pair.finditer(node.value)):
                    found.append(f"{path.name}:{node.lineno}")
            elif isinstance(node, ast.Tuple | ast.List | ast.Set):
                strings = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
                if len(words.intersection(strings)) >= 2:
                    found.append(f"{path.name}:{node.lineno}")
    assert found == []


def test_a_picture_contributors_lead_does_not_drift_from_the_credit_leads() -> None:
    """A noun that opens a credit for all of a piece's pictures under its byline ("Photographs by", "Fotos:") and
    a credit as well is written once, in `PICTURE_SET_NOUNS` or its foreign twin, which both are built from."""
    nouns = {*L.PICTURE_SET_NOUNS, *L.FOREIGN_PICTURE_SET_NOUNS}
    assert nouns <= set(L.CREDIT_LEADS)
    for lead in L.PICTURE_CONTRIBUTOR_LEADS:
        noun = lead.removesuffix(" by ").removesuffix(" de ").removesuffix(":")
        assert noun in nouns or noun not in L.CREDIT_LEADS, lead
    for table in (L.CREDIT_LEADS, L.FOREIGN_CREDIT_LABELS):
        assert len(set(table)) == len(table)


# Sets of a lexicon table that several modules read, each built once and imported by the others: the classifier's
# in `classify/words.py`, those of names, titles, roles and organisations in `people.py`, and two beside the
# module that reads them most.
_SETS_BUILT_ONCE = {
    "words.py": (
        "FUNCTION_WORDS",
        "GALLERY_LABELS",
        "GALLERY_CONTROLS",
        "READER_WORDS",
        "SPEECH_VERBS",
        "NOT_CROSSHEAD_OPENERS",
        "SENTENCE_VERBS",
        "WRITER_LINE_ENDS",
    ),
    "people.py": (
        "ARTICLES_AND_POSSESSIVES",
        "COURTESY_TITLES",
        "FOREIGN_INDEFINITE_ARTICLES",
        "FOREIGN_MONTHS",
        "FOREIGN_TITLES",
        "HONORIFICS",
        "NAME_PARTICLES",
        "NAME_SMALL_WORDS",
        "NAME_STOPWORDS",
        "NOT_NAME_WORDS",
        "ORG_WORDS",
        "PERSON_ROLE_NOUNS",
        "ROLE_HEADS",
        "SPOKESPERSON_NOUNS",
        "TITLE_WORDS",
    ),
    "captions.py": ("ISSUE_LABEL_WORDS",),  # an issue's label: the captions' and the fact lines'
    "attribution.py": ("PRONOUNS_FEMALE", "PRONOUNS_MALE"),  # the resolver's, read by the speech reader
}


def test_a_shared_set_of_a_table_is_built_once() -> None:
    """A table that several modules read as a set (a gallery's labels, the speech verbs, the name particles) is one
    set, built in the module `_SETS_BUILT_ONCE` names, not a copy in each module that can drift (a cached copy,
    another spelled out): a second `frozenset(L.TABLE)` or `set(L.TABLE)` fails, and so does a table spread into
    another set's entries (`frozenset((*L.TABLE, "by"))`), which is written as a union with the one set instead."""
    import ast
    from pathlib import Path

    home = {name: module for module, names in _SETS_BUILT_ONCE.items() for name in names}
    built: dict[str, list[str]] = {name: [] for name in home}
    for path in sorted(Path(L.__file__).resolve().parent.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args):
                continue
            if node.func.id not in ("frozenset", "set"):
                continue
            table = node.args[0]
            entries = table.elts if isinstance(table, ast.Tuple | ast.List | ast.Set) else [table]
            for entry in entries:
                read = entry.value if isinstance(entry, ast.Starred) else entry
                if isinstance(read, ast.Attribute) and read.attr in built:
                    built[read.attr].append(path.name)
    assert built == {name: [module] for name, module in home.items()}


def test_a_date_lines_bars_do_not_drift_between_its_readers() -> None:
    """The bars between a date line's fields are `DATE_LINE_BARS` and `DATE_LINE_HEAVY_BARS`: the date reader, the
    header's title kinds and its evidence write none of them again (one had "◆", another not)."""
    import ast
    from pathlib import Path

    bars = {*L.DATE_LINE_BARS, *L.DATE_LINE_HEAVY_BARS} - {"|"}  # ("|" is a pattern's alternation too)
    package = Path(L.__file__).resolve().parent
    found = []
    for path in (package / "dates.py", package / "classify" / "title_kinds.py", package / "classify" / "evidence.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr)}  # docstrings say what they read
        for node in ast.walk(tree):
            text = node.value if isinstance(node, ast.Constant) and id(node) not in docs else None
            if isinstance(text, str) and bars.intersection(text):
                found.append(f"{path.name}:{node.lineno}")
    assert found == []


def test_a_list_items_markers_do_not_drift_between_the_pattern_and_the_passes() -> None:
    """`patterns.LIST_ITEM` and the passes that test a line's first character (`classify/stamps.LIST_MARKERS`,
    read by `shapes`) read the one table of markers: each opens a list item for both."""
    from articlecli import patterns as P
    from articlecli.classify import stamps

    assert stamps.LIST_MARKERS == P.LIST_MARKERS == "".join(L.LIST_MARKERS)
    for marker in L.LIST_MARKERS:
        assert P.LIST_ITEM.match(f"{marker} Roof repairs on the old pier") is not None, marker


def test_no_dict_literal_of_the_package_writes_a_key_twice() -> None:
    """A key written twice in one dict literal ("élu" in `ROLE_SYNONYMS`) is an entry written twice: the second
    silently replaces the first, and a change made to one of them alone is lost or does nothing."""
    import ast
    from collections import Counter
    from pathlib import Path

    twice = []
    for path in sorted(Path(L.__file__).resolve().parent.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                keys = Counter(k.value for k in node.keys if isinstance(k, ast.Constant))
                twice += [f"{path.name}:{node.lineno}: {key!r}" for key, n in keys.items() if n > 1]
    assert twice == []


def test_the_role_endings_are_written_once() -> None:
    """`people.role_compound` tries every ending: an ending written twice is tried twice."""
    assert len(set(L.FOREIGN_ROLE_ENDINGS)) == len(L.FOREIGN_ROLE_ENDINGS)


def test_the_more_speech_verbs_repeat_none_of_the_speech_verbs() -> None:
    """`cue_steps._VerbShapes` reads the cue verbs of both lists: a verb written in both, or twice in one, is one copy
    too many (the alternation keeps one)."""
    from articlecli.rx import cut_phrases

    more = cut_phrases(L.FOREIGN_MORE_SPEECH_VERBS_TEXT)
    assert len(set(more)) == len(more)
    assert set(more).isdisjoint(v for verbs in L.FOREIGN_SPEECH_VERBS.values() for v in verbs)


def test_the_summary_box_labels_that_title_a_box_of_facts_are_written_once() -> None:
    """`SUMMARY_BOX_TITLES` ("What you need to know", "In breve") opens both tables whole; neither
    writes one of them again."""
    for table in (L.SUMMARY_BOX_LABELS, L.BOX_TITLES):
        assert len(set(table)) == len(table)
        assert table[: len(L.SUMMARY_BOX_TITLES)] == L.SUMMARY_BOX_TITLES


# An entry two tables of their own meaning both hold, each joined into a larger one: "corporation" is a company's
# legal form and a body that speaks as a source ("the corporation said"), both of which `ORG_WORDS` takes whole.
_SHARED_BY_TWO_TABLES = {"ORG_WORDS": {"corporation"}}


def test_no_table_of_the_lexicon_writes_an_entry_twice() -> None:
    """A word written twice in one table ("midfielder", "explains", "nancy"), or in a table and one it is joined
    with ("lire aussi" in the soft stops and `FOREIGN_READ_ALSO`), is one copy too many: the second changes nothing,
    and a change made to one of them alone does nothing."""
    twice = {}
    for name, table in vars(L).items():
        if name.isupper() and isinstance(table, tuple):
            words = [w for w in table if isinstance(w, str)]
            repeated = {w for w in words if words.count(w) > 1} - _SHARED_BY_TWO_TABLES.get(name, set())
            if repeated:
                twice[name] = repeated
    assert twice == {}
