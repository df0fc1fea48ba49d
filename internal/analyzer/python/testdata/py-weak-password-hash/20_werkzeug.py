# Weak password hash FALSE: werkzeug generate_password_hash / check_password_hash
from werkzeug.security import check_password_hash, generate_password_hash


def hash_password(password: str) -> str:
    return generate_password_hash(password)


def verify(stored: str, password: str) -> bool:
    return check_password_hash(stored, password)
