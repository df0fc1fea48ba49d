# generated case: AES-GCM with a random nonce
import os

from Crypto.Cipher import AES


def encrypt(key: bytes, data: bytes):
    nonce = os.urandom(12)
    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce)
    ct, tag = cipher.encrypt_and_digest(data)
    return nonce, ct, tag
