# generated case (gen_cases6): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=todict shape=stem_name sink=specific expected=false
import os
import pathlib

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00364", methods=["GET", "POST"])
def benchmark_test_00364():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = param
    name = pathlib.Path(bar).stem + ".txt"
    with open(os.path.join(BASE_DIR, name)) as fh:
        result = len(fh.read())
    return jsonify(result=str(result))
