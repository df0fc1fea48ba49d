# generated case: weak hash through hashlib.new("md5")
import hashlib


def fingerprint(data: bytes) -> str:
    return hashlib.new("md5", data).hexdigest()  # want: PY-WEAK-HASH
