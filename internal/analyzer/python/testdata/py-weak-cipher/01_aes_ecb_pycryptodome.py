# Weak cipher: AES in ECB mode (pycryptodome) for card numbers
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad


def encrypt_card(key: bytes, pan: str) -> bytes:
    cipher = AES.new(key, AES.MODE_ECB)  # want: PY-WEAK-CIPHER
    return cipher.encrypt(pad(pan.encode(), AES.block_size))
