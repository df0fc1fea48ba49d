# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=flask source=cookie shape=pickle_bytes_latin1 sink=specific expected=true
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00529", methods=["GET", "POST"])
def benchmark_test_00529():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    obj = pickle.loads(bar.encode("latin-1"))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=str(result))
