# generated case (gen_cases3): category=weakhash rule=PY-WEAK-HASH fw=flask source=formlist variant=new_dict_sha256 expected=false
import hashlib

from flask import Flask, jsonify, request

app = Flask(__name__)
HASH_ALGORITHMS = {"legacy": "md5", "current": "sha256"}


@app.route("/00671", methods=["POST"])
def benchmark_test_00671():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    algorithm = HASH_ALGORITHMS["current"]
    result = hashlib.new(algorithm, bar.encode("utf-8")).hexdigest()
    return jsonify(result=str(result))
