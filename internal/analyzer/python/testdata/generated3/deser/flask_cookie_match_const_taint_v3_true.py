# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=flask source=cookie propagation=match_const_taint sink=v3 expected=true
import base64
import io
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00521", methods=["GET", "POST"])
def benchmark_test_00521():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    target = "A"
    match target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case _:
            bar = "default"
    obj = pickle.load(io.BytesIO(base64.b64decode(bar)))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=str(result))
