# generated case: SHA-256 is not a weak hash
import hashlib

SECRET = b"server-side-secret"


def sign(payload: bytes) -> str:
    return hashlib.sha256(SECRET + payload).hexdigest()
