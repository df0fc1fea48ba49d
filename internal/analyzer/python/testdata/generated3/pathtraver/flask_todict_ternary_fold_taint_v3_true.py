# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=todict propagation=ternary_fold_taint sink=v3 expected=true
import pathlib

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00168", methods=["GET", "POST"])
def benchmark_test_00168():
    param = request.args.to_dict().get("BenchmarkTest", "")
    num = 106
    bar = param if (7 * 18) + num > 200 else "This_should_never_happen"
    p = pathlib.Path(BASE_DIR, bar)
    if not p.is_relative_to(BASE_DIR):
        raise ValueError("outside the base directory")
    result = p.read_text()  # want: PY-PATH-TRAVERSAL
    return jsonify(result=str(result))
