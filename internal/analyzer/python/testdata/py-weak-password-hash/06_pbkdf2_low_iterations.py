# Weak password hash: PBKDF2 with only 1000 iterations (below the 100000 threshold)
import hashlib
import os


def derive(password: str) -> bytes:
    salt = os.urandom(16)
    return salt + hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 1000)  # want: PY-WEAK-PASSWORD-HASH
