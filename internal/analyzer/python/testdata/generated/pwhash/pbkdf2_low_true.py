# generated case: PBKDF2 with too few iterations for a password
import hashlib
import os


def hash_password(password: str):
    salt = os.urandom(16)
    return salt, hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, 1000)  # want: PY-WEAK-PASSWORD-HASH
