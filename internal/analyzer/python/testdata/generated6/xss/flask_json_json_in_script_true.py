# generated case (gen_cases6): category=xss rule=PY-XSS fw=flask source=json shape=json_in_script sink=specific expected=true
import json

from flask import Flask, request

app = Flask(__name__)


@app.route("/00377", methods=["POST"])
def benchmark_test_00377():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    return "<script>var q = " + json.dumps(bar) + ";</script>"  # want: PY-XSS
