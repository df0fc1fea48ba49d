# Weak password hash: hash object updated with new_password in a reset flow
import hashlib


def reset(user, new_password: str) -> None:
    h = hashlib.sha256()
    h.update(new_password.encode())  # want: PY-WEAK-PASSWORD-HASH
    user.password_hash = h.hexdigest()
