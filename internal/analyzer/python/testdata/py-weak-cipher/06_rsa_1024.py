# Weak cipher: RSA keys of 1024 bits (cryptography and pycryptodome)
from Crypto.PublicKey import RSA
from cryptography.hazmat.primitives.asymmetric import rsa


def new_signing_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)  # want: PY-WEAK-CIPHER


def new_legacy_key():
    return RSA.generate(1024)  # want: PY-WEAK-CIPHER
