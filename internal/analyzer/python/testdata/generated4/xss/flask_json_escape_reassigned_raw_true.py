# generated case (gen_cases4): category=xss rule=PY-XSS fw=flask source=json shape=escape_reassigned_raw sink=specific expected=true
import html

from flask import Flask, request

app = Flask(__name__)


@app.route("/00413", methods=["POST"])
def benchmark_test_00413():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    safe = html.escape(bar)
    return "<p>Hello " + safe + " (" + bar + ")</p>"  # want: PY-XSS
