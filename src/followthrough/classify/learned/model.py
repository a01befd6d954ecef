"""Inference for the learned classifier: a multinomial logistic regression over hashed
features, read from ``weights.bin`` in this package the first time a message is
classified (so ``followthrough --help`` never pays for it), in plain Python.

File layout: ``FTLM`` magic, a 4-byte big-endian header length, a JSON header (classes,
the kinds each direction may take, feature version, dims, weight scale, per-class bias,
the fingerprint of the training data), then a zlib stream of the sorted bucket ids
(``uint32``) followed by their quantised weights (``int16``, one per class per bucket),
both little-endian. Buckets whose weights all rounded to zero are not stored.
"""

from __future__ import annotations

import json
import math
import struct
import sys
import threading
import zlib
from array import array
from dataclasses import dataclass
from importlib import resources

from followthrough.classify.learned.features import DIMS, VERSION
from followthrough.errors import UserError
from followthrough.model import Direction, Kind

MAGIC = b"FTLM"
WEIGHTS = "weights.bin"


class ModelError(UserError):
    """The weights file is missing, damaged or from another feature version: the
    installation is broken, and no message can be read until it is repaired."""


@dataclass(frozen=True)
class Prediction:
    """Probabilities of the kinds the message's direction allows, best first."""

    ranked: tuple[tuple[Kind, float], ...]

    @property
    def kind(self) -> Kind:
        return self.ranked[0][0]

    @property
    def probability(self) -> float:
        return self.ranked[0][1]

    def of(self, kind: Kind) -> float:
        return next((p for k, p in self.ranked if k is kind), 0.0)


class Model:
    """Weights in memory: a bucket's row in one column of weights per class."""

    def __init__(self, blob: bytes) -> None:
        try:
            self._read(blob)
        except ModelError:
            raise
        except (ValueError, KeyError, TypeError, zlib.error, struct.error) as exc:
            raise ModelError(f"the classifier's weights file is damaged ({exc})") from exc

    def _read(self, blob: bytes) -> None:
        if blob[:4] != MAGIC:
            raise ModelError("not a followthrough weights file")
        (size,) = struct.unpack(">I", blob[4:8])
        header = json.loads(blob[8 : 8 + size])
        if header.get("feature_version") != VERSION or header.get("dims") != DIMS:
            raise ModelError(
                f"weights are for feature version {header.get('feature_version')}, "
                f"this code makes version {VERSION}: train again (training/train.py)"
            )
        self.classes: tuple[Kind, ...] = tuple(Kind(c) for c in header["classes"])
        self.allowed: dict[Direction, tuple[int, ...]] = {
            Direction(d): tuple(self.classes.index(Kind(k)) for k in kinds)
            for d, kinds in header["allowed"].items()
        }
        self.bias: tuple[float, ...] = tuple(header["bias"])
        self.fingerprint: str = header.get("fingerprint", "")
        scale = float(header["scale"])
        payload = zlib.decompress(blob[8 + size :])
        rows = int(header["rows"])
        ids = array("I")
        ids.frombytes(payload[: 4 * rows])
        values = array("h")
        values.frombytes(payload[4 * rows :])
        if sys.byteorder == "big":  # the file is little-endian
            ids.byteswap()
            values.byteswap()
        n = len(self.classes)
        if len(ids) != rows or len(values) != rows * n:
            raise ModelError("weights file is truncated")
        # One float32 column per class (row 0 is zeros for buckets without weights):
        # a message's score per class is one C-level sum over its rows.
        self.columns = tuple(
            array("f", [0.0, *(values[i * n + j] * scale for i in range(rows))]) for j in range(n)
        )
        # bucket -> row + 1 (0: no weights): 1 MB, smaller and faster than a dict.
        self.index = array("i", bytes(4 * DIMS))
        for i, b in enumerate(ids):
            self.index[b] = i + 1
        self.size = rows

    def predict(self, buckets: list[int], direction: Direction) -> Prediction:
        """``buckets`` are :func:`~followthrough.classify.learned.features.buckets`'."""
        found = [r for r in map(self.index.__getitem__, buckets) if r]
        logits = {
            j: self.bias[j] + sum(map(self.columns[j].__getitem__, found))
            for j in self.allowed[direction]
        }
        top = max(logits.values())
        exp = {j: math.exp(v - top) for j, v in logits.items()}
        total = sum(exp.values())
        ranked = sorted(((self.classes[j], e / total) for j, e in exp.items()),
                        key=lambda kp: -kp[1])  # fmt: skip
        return Prediction(tuple(ranked))


_lock = threading.Lock()
_model: Model | None = None


def load() -> Model:
    """The packaged model, read once per process."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                try:
                    blob = resources.files(__package__).joinpath(WEIGHTS).read_bytes()
                except OSError as exc:
                    raise ModelError(
                        f"the classifier's weights are missing ({exc}); reinstall followthrough"
                    ) from exc
                _model = Model(blob)
    return _model


def encode(
    classes: list[str],
    allowed: dict[str, list[str]],
    bias: list[float],
    weights: dict[int, list[float]],
    *,
    fingerprint: str,
    extra: dict[str, object] | None = None,
) -> bytes:
    """The bytes of a weights file (used by ``training/train.py``); deterministic."""
    biggest = max((abs(w) for row in weights.values() for w in row), default=1.0) or 1.0
    scale = biggest / 32767
    ids = array("I")
    values = array("h")
    for b in sorted(weights):
        q = [round(w / scale) for w in weights[b]]
        if any(q):
            ids.append(b)
            values.extend(q)
    if sys.byteorder == "big":
        ids.byteswap()
        values.byteswap()
    header = {
        "feature_version": VERSION,
        "dims": DIMS,
        "classes": classes,
        "allowed": allowed,
        "bias": [round(x, 6) for x in bias],
        "scale": scale,
        "rows": len(ids),
        "fingerprint": fingerprint,
        **(extra or {}),
    }
    head = json.dumps(header, sort_keys=True).encode()
    body = zlib.compress(ids.tobytes() + values.tobytes(), 9)
    return MAGIC + struct.pack(">I", len(head)) + head + body


def install(model: Model | None) -> None:
    """Use ``model`` instead of the packaged one (benchmarks, tests); None restores it."""
    global _model
    with _lock:
        _model = model
