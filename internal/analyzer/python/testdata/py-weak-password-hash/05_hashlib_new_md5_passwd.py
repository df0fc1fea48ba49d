# Weak password hash: hashlib.new("md5") updated with a passwd parameter
import hashlib


def legacy_passwd_hash(user: str, passwd: str) -> str:
    h = hashlib.new("md5", (user + ":" + passwd).encode())  # want: PY-WEAK-HASH PY-WEAK-PASSWORD-HASH
    return h.hexdigest()
