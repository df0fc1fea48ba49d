# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=getdata shape=genexp_alnum sink=v0 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00249", methods=["POST"])
def benchmark_test_00249():
    param = request.get_data(as_text=True)
    bar = "".join(ch for ch in param if ch.isalnum())
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return jsonify(result=str(result))
