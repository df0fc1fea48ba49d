# Weak hash FALSE: "md5"/"sha1" appear only in strings and attribute names, no hash call
import hashlib

SUPPORTED = ("sha256", "sha512")
DEPRECATED_ALGORITHMS = ["md5", "sha1"]


def is_deprecated(name: str) -> bool:
    return name.lower() in DEPRECATED_ALGORITHMS


def available() -> list:
    return sorted(a for a in hashlib.algorithms_available if a in SUPPORTED)
