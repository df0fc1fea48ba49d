# Weak cipher: cryptography TripleDES in CBC with a constant IV literal
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt_legacy(key: bytes, data: bytes) -> bytes:
    enc = Cipher(algorithms.TripleDES(key), modes.CBC(b"\x00" * 8)).encryptor()  # want: PY-WEAK-CIPHER
    return enc.update(data) + enc.finalize()
