# generated case: weak hash SHA-1 as integrity check of an uploaded archive
import hashlib


def checksum(path: str) -> str:
    h = hashlib.sha1()  # want: PY-WEAK-HASH
    with open(path, "rb") as fh:
        h.update(fh.read())
    return h.hexdigest()
