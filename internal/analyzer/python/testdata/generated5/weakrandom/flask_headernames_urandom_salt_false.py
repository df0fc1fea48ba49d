# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=headernames shape=urandom_salt expected=false
import hashlib
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.route("/00148", methods=["GET", "POST"])
def benchmark_test_00148():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    salt = os.urandom(16)
    key = hashlib.pbkdf2_hmac("sha256", bar.encode("utf-8"), salt, 600000)
    result = (salt + key).hex()
    return jsonify(result=str(result))
