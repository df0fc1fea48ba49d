# generated case (gen_cases6): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=values shape=with_name sink=specific expected=false
import pathlib

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00358", methods=["GET", "POST"])
def benchmark_test_00358():
    param = request.values.get("BenchmarkTest", "")
    bar = param
    result = pathlib.Path(BASE_DIR, "report.txt").with_name(bar).read_text()
    return jsonify(result=str(result))
