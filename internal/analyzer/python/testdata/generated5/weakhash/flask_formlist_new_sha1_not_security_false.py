# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=flask source=formlist shape=new_sha1_not_security expected=false
import hashlib

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00094", methods=["POST"])
def benchmark_test_00094():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    result = hashlib.new("sha1", bar.encode("utf-8"), usedforsecurity=False).hexdigest()
    return jsonify(result=str(result))
