# Weak password hash: salted single-round SHA-256 is still a fast hash
import hashlib
import os


def make_password_record(password: str) -> str:
    salt = os.urandom(16).hex()
    digest = hashlib.sha256((salt + password).encode()).hexdigest()  # want: PY-WEAK-PASSWORD-HASH
    return f"{salt}${digest}"
