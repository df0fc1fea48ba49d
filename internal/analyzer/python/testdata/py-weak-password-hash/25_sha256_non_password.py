# Weak password hash FALSE: SHA-256 of an API request body next to password-handling code (not a password)
import hashlib

from werkzeug.security import generate_password_hash


def register(username: str, password: str, avatar: bytes) -> dict:
    return {
        "username": username,
        "password_hash": generate_password_hash(password),
        "avatar_sha256": hashlib.sha256(avatar).hexdigest(),
    }
