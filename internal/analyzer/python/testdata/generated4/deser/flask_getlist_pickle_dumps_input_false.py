# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=flask source=getlist shape=pickle_dumps_input sink=specific expected=false
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00523", methods=["GET", "POST"])
def benchmark_test_00523():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    blob = pickle.dumps({"term": bar})
    result = len(blob)
    return jsonify(result=str(result))
