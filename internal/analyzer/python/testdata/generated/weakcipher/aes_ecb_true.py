# generated case: AES in ECB mode
from Crypto.Cipher import AES


def encrypt_block(key: bytes, data: bytes) -> bytes:
    cipher = AES.new(key, AES.MODE_ECB)  # want: PY-WEAK-CIPHER
    return cipher.encrypt(data)
