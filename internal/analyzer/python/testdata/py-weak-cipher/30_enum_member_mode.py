# py-weak-cipher: an Enum member's .value is the constant the class body gives it
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
