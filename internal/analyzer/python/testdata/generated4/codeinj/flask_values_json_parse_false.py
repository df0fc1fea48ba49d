# generated case (gen_cases4): category=codeinj rule=PY-CODE-INJECTION fw=flask source=values shape=json_parse sink=specific expected=false
import json

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00373", methods=["GET", "POST"])
def benchmark_test_00373():
    param = request.values.get("BenchmarkTest", "")
    bar = param
    result = json.loads(bar)
    return jsonify(result=str(result))
