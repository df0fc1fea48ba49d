# generated case (gen_cases6): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=args shape=shutil_copyfile sink=specific expected=true
import os
import shutil

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00367", methods=["GET", "POST"])
def benchmark_test_00367():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    shutil.copyfile(os.path.join(BASE_DIR, bar), "/tmp/export.txt")  # want: PY-PATH-TRAVERSAL
    result = True
    return jsonify(result=str(result))
