# Weak password hash FALSE: hashlib.scrypt and passlib's bcrypt/argon2 context
import hashlib
import os

from passlib.context import CryptContext

pwd_context = CryptContext(schemes=["argon2", "bcrypt"], deprecated="auto")


def scrypt_hash(password: str) -> bytes:
    salt = os.urandom(16)
    return salt + hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)


def passlib_hash(password: str) -> str:
    return pwd_context.hash(password)
