# generated case: single DES
from Crypto.Cipher import DES


def encrypt_legacy(key: bytes, iv: bytes, data: bytes) -> bytes:
    cipher = DES.new(key, DES.MODE_CBC, iv)  # want: PY-WEAK-CIPHER
    return cipher.encrypt(data)
