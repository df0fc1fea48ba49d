# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=form propagation=switch_char_taint (helper class) sink=v4 expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"
BASE_ROOT = "/srv/app/testfiles"


class Test:
    def do_something(self, request, param):
        guess = "ABC"
        switch_target = guess[2]
        if switch_target == "A":
            bar = "a_Value"
        elif switch_target == "B":
            bar = "bob"
        elif switch_target == "C" or switch_target == "D":
            bar = param
        else:
            bar = "bobs_your_uncle"
        return bar


@app.route("/00183", methods=["POST"])
def benchmark_test_00183():
    param = request.form.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    full = os.path.join(BASE_ROOT, bar)
    if os.path.commonpath([full, BASE_ROOT]) != BASE_ROOT:
        raise ValueError("outside the base directory")
    with open(full) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return jsonify(result=str(result))
