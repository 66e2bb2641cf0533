"""Fuzz articlecli for a bounded time: random bytes and texts through decoding, every layout and parse.

    python bench/fuzz.py              # about two minutes
    python bench/fuzz.py --seconds 30

Checks, for every input: no exception escapes `process` (bytes in, records out) nor `parse_all`;
each input finishes within a time bound; the output is JSON. A failing input is written to
bench/crashes/ and the run fails; turn it into a test in tests/test_regressions.py.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from test_properties import LINE_KINDS  # noqa: E402

from articlecli import ParseOptions, parse_all  # noqa: E402
from articlecli.sources import SourceRef, process  # noqa: E402

CRASHES = ROOT / "bench" / "crashes"
SLOW_S = 5.0  # one input of at most a few KB must never take this long

ALPHABET = st.characters(codec="utf-8", include_characters="\n\r\t “”‘’\"'«»—–-.,:;!?()_/|@#")
fragments = st.one_of(
    st.sampled_from(LINE_KINDS),
    st.text(alphabet=ALPHABET, max_size=200),
    st.sampled_from(["“", "”", "‘", "’", '"', "'", "By ", " said ", "(AP) — ", "\n", "\n\n", "Document ", "HD\n"]),
)
texts = st.lists(fragments, max_size=80).map("".join)
raw = st.one_of(
    st.binary(max_size=4000),
    texts.map(lambda t: t.encode("utf-8")),
    texts.map(lambda t: t.encode("utf-16")),
    texts.map(lambda t: t.encode("cp1252", errors="replace")),
    st.tuples(texts, st.binary(max_size=20)).map(lambda p: p[0].encode("utf-8") + p[1] + p[0][:50].encode("utf-8")),
)


def _save(data: bytes, why: str) -> None:
    CRASHES.mkdir(exist_ok=True)
    name = hashlib.sha256(data).hexdigest()[:16]
    (CRASHES / f"{name}.bin").write_bytes(data)
    (CRASHES / f"{name}.txt").write_text(why + "\n", encoding="utf-8")


def check_bytes(data: bytes) -> None:
    start = time.perf_counter()
    try:
        records = process(SourceRef("fuzz.txt"), ParseOptions(), data=data)
        for r in records:
            json.dumps(r, ensure_ascii=False)
            if str(r.get("error", "")).startswith("internal error"):
                raise AssertionError(r["error"])
    except Exception as e:
        _save(data, f"{type(e).__name__}: {e}")
        raise
    took = time.perf_counter() - start
    if took > SLOW_S:
        _save(data, f"slow: {took:.1f} s")
        raise AssertionError(f"slow input: {took:.1f} s")


def check_text(text: str, layout: str) -> None:
    try:
        for r in parse_all(text, ParseOptions(layout=layout)):
            json.dumps(r.to_dict(), ensure_ascii=False)
    except Exception as e:
        _save(text.encode("utf-8", errors="surrogatepass"), f"{layout}: {type(e).__name__}: {e}")
        raise


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=120.0)
    args = ap.parse_args()
    start = time.monotonic()
    runs = {"bytes": 0, "texts": 0}
    # rounds of a few hundred examples, each from a new seed, until the time is up: every round
    # is a complete hypothesis run, so a failure is shrunk and replayed as usual
    chunk = settings(max_examples=300, deadline=None, database=None, suppress_health_check=list(HealthCheck))

    @chunk
    @given(raw)
    def fuzz_bytes(data: bytes) -> None:
        runs["bytes"] += 1
        check_bytes(data)

    @chunk
    @given(texts, st.sampled_from(["auto", "web", "wire", "nexis", "factiva"]))
    def fuzz_texts(text: str, layout: str) -> None:
        runs["texts"] += 1
        check_text(text, layout)

    round_no = 0
    while time.monotonic() - start < args.seconds:
        fn = fuzz_bytes if round_no % 2 == 0 else fuzz_texts
        try:
            seed(round_no)(fn)()
        except Exception as e:  # hypothesis has shrunk it; the input is in bench/crashes/
            print(f"FAILED: {type(e).__name__}: {e}", file=sys.stderr)
            return 1
        round_no += 1
    print(f"fuzz: {runs['bytes']:,} byte inputs, {runs['texts']:,} texts, no failure")
    return 0


if __name__ == "__main__":
    sys.exit(main())
