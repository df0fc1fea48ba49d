# generated case: weak hash MD5 used to sign a payload
import hashlib

SECRET = b"server-side-secret"


def sign(payload: bytes) -> str:
    return hashlib.md5(SECRET + payload).hexdigest()  # want: PY-WEAK-HASH
