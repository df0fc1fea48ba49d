"""Tokens, hashes and the export cipher."""
import hashlib
import random
import secrets

from Crypto.Cipher import AES
from django.contrib.auth.hashers import make_password


def make_reset_token():
    return secrets.token_urlsafe(32)


def hash_token(token):
    return hashlib.sha256(token.encode()).hexdigest()


def make_remember_token(user):
    # stored on the profile and compared on the next visit
    nonce = random.getrandbits(64)  # want: PY-WEAK-RANDOM
    return "%d:%x" % (user.pk, nonce)


def api_secret_digest(api_password, salt):
    return hashlib.sha1((salt + api_password).encode()).hexdigest()  # want: PY-WEAK-HASH PY-WEAK-PASSWORD-HASH


def hash_user_password(password):
    return make_password(password)


def export_key(passphrase, salt):
    return hashlib.pbkdf2_hmac("sha256", passphrase.encode(), salt, 1000)  # want: PY-WEAK-PASSWORD-HASH


def backup_key(passphrase, salt):
    return hashlib.pbkdf2_hmac("sha256", passphrase.encode(), salt, 600000)


def encrypt_export(key, data):
    pad = 16 - len(data) % 16
    cipher = AES.new(key, AES.MODE_ECB)  # want: PY-WEAK-CIPHER
    return cipher.encrypt(data + bytes([pad]) * pad)


def encrypt_export_gcm(key, data):
    nonce = secrets.token_bytes(12)
    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce)
    ct, tag = cipher.encrypt_and_digest(data)
    return nonce + tag + ct


def cache_key(*parts):
    return "shop:" + hashlib.md5(":".join(map(str, parts)).encode(), usedforsecurity=False).hexdigest()
