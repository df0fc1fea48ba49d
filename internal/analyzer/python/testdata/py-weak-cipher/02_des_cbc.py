# Weak cipher: single DES (56-bit key) for a legacy token
from Crypto.Cipher import DES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad


def legacy_token(key8: bytes, data: bytes) -> bytes:
    iv = get_random_bytes(8)
    return iv + DES.new(key8, DES.MODE_CBC, iv).encrypt(pad(data, 8))  # want: PY-WEAK-CIPHER
