# Weak cipher: AES-CBC with a hard-coded constant IV
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad

IV = b"0000000000000000"


def encrypt_profile(key: bytes, blob: bytes) -> bytes:
    cipher = AES.new(key, AES.MODE_CBC, IV)  # want: PY-WEAK-CIPHER
    return cipher.encrypt(pad(blob, AES.block_size))
