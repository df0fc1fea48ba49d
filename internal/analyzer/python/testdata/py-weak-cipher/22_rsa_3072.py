# Weak cipher FALSE: RSA 3072 and 2048-bit keys
from Crypto.PublicKey import RSA
from cryptography.hazmat.primitives.asymmetric import rsa


def new_signing_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)


def new_transport_key():
    return RSA.generate(2048)
