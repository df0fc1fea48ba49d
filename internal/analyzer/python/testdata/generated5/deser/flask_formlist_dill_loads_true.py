# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=flask source=formlist shape=dill_loads expected=true
import base64
import dill

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00376", methods=["POST"])
def benchmark_test_00376():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    obj = dill.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=str(result))
