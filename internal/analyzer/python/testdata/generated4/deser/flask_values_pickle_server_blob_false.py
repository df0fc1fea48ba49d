# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=flask source=values shape=pickle_server_blob sink=specific expected=false
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)
DEFAULTS_BLOB = pickle.dumps({"theme": "light", "page_size": 20})


@app.route("/00521", methods=["GET", "POST"])
def benchmark_test_00521():
    param = request.values.get("BenchmarkTest", "")
    bar = param
    obj = pickle.loads(DEFAULTS_BLOB)
    result = len(obj) + len(bar)
    return jsonify(result=str(result))
