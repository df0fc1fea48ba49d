# Weak cipher FALSE: ChaCha20-Poly1305 and hazmat AES-CBC with os.urandom IV
import os

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


def seal_chacha(key: bytes, data: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + ChaCha20Poly1305(key).encrypt(nonce, data, None)


def encrypt_cbc(key: bytes, padded: bytes) -> bytes:
    iv = os.urandom(16)
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return iv + enc.update(padded) + enc.finalize()
