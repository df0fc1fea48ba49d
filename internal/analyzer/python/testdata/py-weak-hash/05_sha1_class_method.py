# Weak hash: SHA-1 inside a class used to derive API request signatures
import hashlib


class LegacySigner:
    def __init__(self, secret: str):
        self.secret = secret

    def sign(self, payload: str) -> str:
        digest = hashlib.sha1((self.secret + payload).encode("utf-8"))  # want: PY-WEAK-HASH
        return digest.hexdigest()
