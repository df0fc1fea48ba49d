# Weak cipher FALSE: AES-GCM (cryptography AESGCM) with a random 96-bit nonce
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def seal(key: bytes, plaintext: bytes, aad: bytes = b"") -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)
