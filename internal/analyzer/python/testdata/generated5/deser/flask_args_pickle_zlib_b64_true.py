# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=flask source=args shape=pickle_zlib_b64 expected=true
import base64
import pickle
import zlib

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00371", methods=["GET", "POST"])
def benchmark_test_00371():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    obj = pickle.loads(zlib.decompress(base64.urlsafe_b64decode(bar)))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=str(result))
