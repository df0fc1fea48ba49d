# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=form propagation=match_const_safe (helper class) sink=v4 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"
BASE_ROOT = "/srv/app/testfiles"


class Test:
    def do_something(self, request, param):
        target = "B"
        match target:
            case "A":
                bar = param
            case "B":
                bar = "bob"
            case _:
                bar = param
        return bar


@app.route("/00175", methods=["POST"])
def benchmark_test_00175():
    param = request.form.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    full = os.path.join(BASE_ROOT, bar)
    if os.path.commonpath([full, BASE_ROOT]) != BASE_ROOT:
        raise ValueError("outside the base directory")
    with open(full) as fh:
        result = len(fh.read())
    return jsonify(result=str(result))
