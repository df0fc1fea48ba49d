# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=todict propagation=ternary_fold_taint sink=v0 expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00160", methods=["GET", "POST"])
def benchmark_test_00160():
    param = request.args.to_dict().get("BenchmarkTest", "")
    num = 106
    bar = param if (7 * 18) + num > 200 else "This_should_never_happen"
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return jsonify(result=str(result))
