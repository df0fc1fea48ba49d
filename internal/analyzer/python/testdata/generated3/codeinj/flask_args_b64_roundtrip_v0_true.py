# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=flask source=args propagation=b64_roundtrip sink=v0 expected=true
import base64

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00140", methods=["GET", "POST"])
def benchmark_test_00140():
    param = request.args.get("BenchmarkTest", "")
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    result = eval(bar)  # want: PY-CODE-INJECTION
    return jsonify(result=str(result))
