# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=json shape=send_file_join sink=specific expected=true
import os

from flask import Flask, request, send_file

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00394", methods=["POST"])
def benchmark_test_00394():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    return send_file(os.path.join(BASE_DIR, bar))  # want: PY-PATH-TRAVERSAL
