# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=flask source=json shape=scrypt_password expected=false
import hashlib
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00103", methods=["POST"])
def benchmark_test_00103():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    password = bar
    salt = os.urandom(16)
    key = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=2 ** 14, r=8, p=1)
    result = len(salt + key)
    return jsonify(result=str(result))
