# py-weak-cipher: an Enum member's .value is the constant the class body gives it; an IV cut from the key
import os
from enum import Enum

from Crypto.Cipher import AES


class CipherMode(Enum):
    LEGACY = AES.MODE_ECB
    MODERN = AES.MODE_GCM


def seal_legacy(data):
    return AES.new(os.urandom(16), CipherMode.LEGACY.value).encrypt(data)  # want: PY-WEAK-CIPHER


def seal_modern(data):
    return AES.new(os.urandom(16), CipherMode.MODERN.value).encrypt_and_digest(data)  # safe: PY-WEAK-CIPHER


def iv_from_key(data):
    key = os.urandom(32)
    iv = key[:16]
    return AES.new(key, AES.MODE_CBC, iv=iv).encrypt(data)  # want: PY-WEAK-CIPHER


def iv_inline_from_key(data, key):
    return AES.new(key, AES.MODE_CBC, key[16:32]).encrypt(data)  # want: PY-WEAK-CIPHER


def iv_random(data):
    key = os.urandom(32)
    iv = os.urandom(16)
    return AES.new(key, AES.MODE_CBC, iv=iv).encrypt(data)  # safe: PY-WEAK-CIPHER
