# generated case (gen_cases4): category=codeinj rule=PY-CODE-INJECTION fw=flask source=form shape=snippet_allowlist sink=specific expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)
SNIPPETS = {"reset": "counter = 0", "noop": "pass"}


@app.route("/00371", methods=["POST"])
def benchmark_test_00371():
    param = request.form.get("BenchmarkTest", "")
    bar = param
    exec(SNIPPETS.get(bar, "pass"), {})
    result = True
    return jsonify(result=str(result))
