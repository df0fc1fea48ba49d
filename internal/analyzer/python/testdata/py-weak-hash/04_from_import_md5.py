# Weak hash: md5 imported directly from hashlib
from hashlib import md5


def share_token(document_id: int, owner_email: str) -> str:
    return md5(f"{document_id}-{owner_email}".encode()).hexdigest()[:16]  # want: PY-WEAK-HASH
