# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=flask source=formlist shape=new_module_const expected=true
import hashlib

from flask import Flask, jsonify, request

app = Flask(__name__)
DIGEST_NAME = "sha1"


@app.route("/00068", methods=["POST"])
def benchmark_test_00068():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    result = hashlib.new(DIGEST_NAME, bar.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    return jsonify(result=str(result))
