# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=flask source=headernames shape=ecb_flag_dead expected=false
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad
from flask import Flask, jsonify, request

app = Flask(__name__)
LEGACY_CLIENTS = False
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.route("/00022", methods=["GET", "POST"])
def benchmark_test_00022():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    key = os.urandom(16)
    mode = AES.MODE_GCM
    if LEGACY_CLIENTS:
        mode = AES.MODE_ECB
    cipher = AES.new(key, mode)
    ct, tag = cipher.encrypt_and_digest(bar.encode("utf-8"))
    result = (cipher.nonce + tag + ct).hex()
    return jsonify(result=str(result))
