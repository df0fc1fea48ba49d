# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=values shape=id_to_name sink=specific expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00398", methods=["GET", "POST"])
def benchmark_test_00398():
    param = request.values.get("BenchmarkTest", "")
    bar = param
    name = "report-%d.txt" % int(bar)
    with open(os.path.join(BASE_DIR, name)) as fh:
        result = len(fh.read())
    return jsonify(result=str(result))
