# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=getdata shape=guard_inverted sink=v0 expected=true
import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00163", methods=["POST"])
def benchmark_test_00163():
    param = request.get_data(as_text=True)
    if param.isalnum():
        abort(400)
    bar = param
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return jsonify(result=str(result))
