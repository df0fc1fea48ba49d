# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=formlist propagation=direct sink=safe1 expected=false
import os

from flask import Flask, jsonify, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00202", methods=["POST"])
def benchmark_test_00202():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    with open(os.path.join(BASE_DIR, secure_filename(bar))) as fh:
        result = len(fh.read())
    return jsonify(result=str(result))
