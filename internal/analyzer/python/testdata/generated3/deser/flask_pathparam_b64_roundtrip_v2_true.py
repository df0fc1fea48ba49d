# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=flask source=pathparam propagation=b64_roundtrip sink=v2 expected=true
import base64
import jsonpickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00551/<test_id>", methods=["GET", "POST"])
def benchmark_test_00551(test_id):
    param = test_id
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    obj = jsonpickle.decode(bar)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=str(result))
