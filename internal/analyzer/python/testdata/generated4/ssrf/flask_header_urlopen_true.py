# generated case (gen_cases4): category=ssrf rule=PY-SSRF fw=flask source=header shape=urlopen sink=specific expected=true
import urllib.request

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00469", methods=["GET", "POST"])
def benchmark_test_00469():
    param = request.headers.get("Referer", "")
    bar = param
    with urllib.request.urlopen(bar, timeout=5) as fh:  # want: PY-SSRF, PY-HTTP-NO-PROXY
        result = len(fh.read())
    return jsonify(result=str(result))
