# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=header propagation=allowlist_ternary sink=v3 expected=false
import pathlib

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00192", methods=["GET", "POST"])
def benchmark_test_00192():
    param = request.headers.get("Referer", "")
    bar = param if param in ("alpha", "beta") else "alpha"
    p = pathlib.Path(BASE_DIR, bar)
    if not p.is_relative_to(BASE_DIR):
        raise ValueError("outside the base directory")
    result = p.read_text()
    return jsonify(result=str(result))
