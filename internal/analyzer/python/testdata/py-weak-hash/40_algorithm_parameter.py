# py-weak-hash and py-weak-cipher: the algorithm or mode reaches the call through a helper's parameter (or its default)
import hashlib

from Crypto.Cipher import AES
from flask import Flask, request

app = Flask(__name__)
KEY = b"k" * 16


def hash_it(data, algorithm):
    return hashlib.new(algorithm, data).hexdigest()


def hash_default(data, algorithm="md5"):
    return hashlib.new(algorithm, data).hexdigest()  # want: PY-WEAK-HASH


def hash_twice(data, algorithm):
    return hash_it(hash_it(data, algorithm).encode(), "sha256")


def encrypt(data, mode):
    return AES.new(KEY, mode).encrypt(data)


@app.route("/md5")
def md5_by_argument():
    return hash_it(request.data, "md5")  # want: PY-WEAK-HASH


@app.route("/sha256")
def sha256_by_argument():
    return hash_it(request.data, "sha256")  # safe: PY-WEAK-HASH


@app.route("/default")
def md5_by_default():
    return hash_default(request.data)  # (reported at the default's hashlib.new line)


@app.route("/default-overridden")
def default_overridden():
    return hash_default(request.data, algorithm="sha512")  # safe: PY-WEAK-HASH


@app.route("/through")
def through_two_helpers():
    return hash_twice(request.data, "sha1")  # want: PY-WEAK-HASH


@app.route("/ecb")
def ecb_by_argument():
    return encrypt(request.data, AES.MODE_ECB)  # want: PY-WEAK-CIPHER


@app.route("/gcm")
def gcm_by_argument():
    return encrypt(request.data, AES.MODE_GCM)  # safe: PY-WEAK-CIPHER
