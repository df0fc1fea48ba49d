# Weak cipher: RC4, Blowfish and 3DES from pycryptodome
from Crypto.Cipher import ARC4, DES3, Blowfish
from Crypto.Random import get_random_bytes


def rc4_stream(key: bytes, data: bytes) -> bytes:
    return ARC4.new(key).encrypt(data)  # want: PY-WEAK-CIPHER


def blowfish_box(key: bytes, data: bytes) -> bytes:
    iv = get_random_bytes(8)
    return iv + Blowfish.new(key, Blowfish.MODE_CBC, iv).encrypt(data)  # want: PY-WEAK-CIPHER


def tdes_box(key24: bytes, data: bytes) -> bytes:
    iv = get_random_bytes(8)
    return iv + DES3.new(key24, DES3.MODE_CBC, iv).encrypt(data)  # want: PY-WEAK-CIPHER
