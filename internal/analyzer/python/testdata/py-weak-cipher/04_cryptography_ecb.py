# Weak cipher: cryptography hazmat AES with modes.ECB()
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt_block(key: bytes, block16: bytes) -> bytes:
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()  # want: PY-WEAK-CIPHER
    return encryptor.update(block16) + encryptor.finalize()
