# generated case (gen_cases3): category=weakhash rule=PY-WEAK-HASH fw=flask source=pathparam variant=md5_not_security expected=false
import hashlib

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00672/<test_id>", methods=["GET", "POST"])
def benchmark_test_00672(test_id):
    param = test_id
    bar = param
    result = hashlib.md5(bar.encode("utf-8"), usedforsecurity=False).hexdigest()
    return jsonify(result=str(result))
