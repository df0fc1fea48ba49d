# Weak password hash FALSE: argon2 PasswordHasher
from argon2 import PasswordHasher

ph = PasswordHasher()


def hash_password(password: str) -> str:
    return ph.hash(password)


def verify_password(stored: str, password: str) -> bool:
    return ph.verify(stored, password)
