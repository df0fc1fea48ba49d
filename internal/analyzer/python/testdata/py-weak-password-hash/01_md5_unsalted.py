# Weak password hash: unsalted MD5 of the password at registration
import hashlib


def hash_password(password: str) -> str:
    return hashlib.md5(password.encode()).hexdigest()  # want: PY-WEAK-HASH PY-WEAK-PASSWORD-HASH
