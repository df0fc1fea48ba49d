# py-xss: ciphertext under the server's key is not markup the client chose; the plaintext is
import os

from cryptography.fernet import Fernet
from Crypto.Cipher import AES
from flask import Flask, request

app = Flask(__name__)
KEY = os.urandom(16)
FERNET = Fernet(Fernet.generate_key())


@app.route("/seal")
def seal():
    cipher = AES.new(KEY, AES.MODE_GCM)
    ct, tag = cipher.encrypt_and_digest(request.args["msg"].encode())
    return ct.hex() + tag.hex()  # safe: PY-XSS


@app.route("/token")
def token():
    return FERNET.encrypt(request.args["msg"].encode())  # safe: PY-XSS


@app.route("/echo")
def echo():
    return "<p>" + request.args["msg"] + "</p>"  # want: PY-XSS
