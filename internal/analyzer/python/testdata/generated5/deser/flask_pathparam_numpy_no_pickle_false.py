# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=flask source=pathparam shape=numpy_no_pickle expected=false
import base64
import io
import numpy as np

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00389/<test_id>", methods=["GET", "POST"])
def benchmark_test_00389(test_id):
    param = test_id
    bar = param
    arr = np.load(io.BytesIO(base64.b64decode(bar)), allow_pickle=False)
    result = str(arr.shape)
    return jsonify(result=str(result))
