# generated case (gen_cases6): category=deser rule=PY-DESERIALIZATION fw=flask source=header shape=pickle_roundtrip_str sink=specific expected=false
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00448", methods=["GET", "POST"])
def benchmark_test_00448():
    param = request.headers.get("Referer", "")
    bar = param
    obj = pickle.loads(pickle.dumps(bar))
    result = type(obj).__name__
    return jsonify(result=str(result))
