# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=flask source=getdata shape=partition_tail sink=v0 expected=true
import base64
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00143", methods=["POST"])
def benchmark_test_00143():
    param = request.get_data(as_text=True)
    bar = param.partition("=")[2]
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=str(result))
