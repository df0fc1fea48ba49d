# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=flask source=todict shape=safe_substitute_unmatched sink=v0 expected=false
import string

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00190", methods=["GET", "POST"])
def benchmark_test_00190():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = string.Template("$term").safe_substitute({"other": param})
    result = eval(bar)
    return jsonify(result=str(result))
