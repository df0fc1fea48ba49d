# Weak cipher FALSE: pycryptodome AES-CBC with a random IV and AES-GCM
from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad


def encrypt_cbc(key: bytes, data: bytes) -> bytes:
    iv = get_random_bytes(16)
    return iv + AES.new(key, AES.MODE_CBC, iv).encrypt(pad(data, AES.block_size))


def encrypt_gcm(key: bytes, data: bytes):
    cipher = AES.new(key, AES.MODE_GCM)
    ct, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce, ct, tag
