# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=flask source=getdata shape=json_object_hook expected=false
import json

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00398", methods=["POST"])
def benchmark_test_00398():
    param = request.get_data(as_text=True)
    bar = param
    obj = json.loads(bar, object_hook=lambda d: {k: str(v) for k, v in d.items()})
    result = type(obj).__name__
    return jsonify(result=str(result))
