# Weak random: random.Random() instance used for a salt
import hashlib
import random

_rng = random.Random()


def new_salt() -> bytes:
    return bytes(_rng.randrange(256) for _ in range(16))  # want: PY-WEAK-RANDOM


def fingerprint(data: bytes) -> str:
    return hashlib.sha256(new_salt() + data).hexdigest()
