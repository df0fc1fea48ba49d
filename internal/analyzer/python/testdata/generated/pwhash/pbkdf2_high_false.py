# generated case: PBKDF2 with 600k iterations
import hashlib
import os


def hash_password(password: str):
    salt = os.urandom(16)
    return salt, hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, 600000)
