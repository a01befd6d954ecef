#!/usr/bin/env python3
"""Build the na-platforms training batch.

Run from /work/main:  python3 training/writers/na-platforms/build.py
Writes training/data/na-platforms/messages/{NNNN.eml, labels.jsonl, ACCOUNT}, byte for byte the same on every run
(seeded random only, fixed dates, no clock). The output folder is deleted and rewritten first.
"""
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import world  # noqa: E402

MODULES = ["k_ack", "k_outreach", "k_invite", "k_assess", "k_reply", "k_reject", "k_offer", "k_sent", "k_other"]
OUT_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "data", "na-platforms", "messages"))


def collect(only=None):
    out = common.Out()
    for m in MODULES:
        if only and m not in only:
            continue
        try:
            mod = __import__(m)
        except ModuleNotFoundError as e:
            if e.name == m:
                continue
            raise
        mod.build(out)
    return out.items


def order(items, seed=20250113):
    """Shuffle with a fixed seed so that no kind appears more than three times in a row."""
    rng = random.Random(seed)
    items = sorted(items, key=lambda x: x["key"])
    rng.shuffle(items)
    for _ in range(200):
        changed = False
        for i in range(3, len(items)):
            k = items[i]["label"]["kind"]
            if all(items[j]["label"]["kind"] == k for j in range(i - 3, i)):
                j = rng.randrange(len(items))
                items[i], items[j] = items[j], items[i]
                changed = True
        if not changed:
            break
    return items


def main():
    only = sys.argv[1:] or None
    items = order(collect(only))
    keys = [x["key"] for x in items]
    assert len(keys) == len(set(keys)), "duplicate keys"
    base = os.path.dirname(OUT_DIR)
    if os.path.isdir(base):
        shutil.rmtree(base)
    os.makedirs(OUT_DIR)
    with open(os.path.join(OUT_DIR, "ACCOUNT"), "w", encoding="utf-8", newline="\n") as f:
        f.write(world.OWNER + "\n" + world.OWNER_TZ + "\n")
    lines = []
    index = []
    for n, it in enumerate(items, 1):
        fn = f"{n:04d}.eml"
        with open(os.path.join(OUT_DIR, fn), "wb") as f:
            f.write(it["raw"])
        lab = {"file": fn}
        lab.update(it["label"])
        lines.append(json.dumps(lab, ensure_ascii=False))
        index.append(f"{fn}\t{it['key']}\t{it['lang']}\t{it['label']['kind']}")
    with open(os.path.join(OUT_DIR, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(base, "index.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tkey\tlang\tkind\n" + "\n".join(index) + "\n")
    print(f"wrote {len(items)} messages to {OUT_DIR}")


if __name__ == "__main__":
    main()
