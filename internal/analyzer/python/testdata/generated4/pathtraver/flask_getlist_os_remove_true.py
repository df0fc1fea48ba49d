# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=getlist shape=os_remove sink=specific expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00400", methods=["GET", "POST"])
def benchmark_test_00400():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    os.remove(os.path.join(BASE_DIR, bar))  # want: PY-PATH-TRAVERSAL
    result = True
    return jsonify(result=str(result))
