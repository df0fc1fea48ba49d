# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=formlist shape=replace_dotdot_absolute sink=specific expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00387", methods=["POST"])
def benchmark_test_00387():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    name = bar.replace("..", "")
    with open(os.path.join(BASE_DIR, name)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return jsonify(result=str(result))
