# generated case (gen_cases6): category=deser rule=PY-DESERIALIZATION fw=flask source=form shape=zlib_pickle sink=specific expected=true
import base64
import pickle
import zlib

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00445", methods=["POST"])
def benchmark_test_00445():
    param = request.form.get("BenchmarkTest", "")
    bar = param
    obj = pickle.loads(zlib.decompress(base64.b64decode(bar)))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=str(result))
