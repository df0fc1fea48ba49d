# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=querystring propagation=direct sink=safe1 expected=false
import os
import urllib.parse

from flask import Flask, jsonify, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00192", methods=["GET", "POST"])
def benchmark_test_00192():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    with open(os.path.join(BASE_DIR, secure_filename(bar))) as fh:
        result = len(fh.read())
    return jsonify(result=str(result))
