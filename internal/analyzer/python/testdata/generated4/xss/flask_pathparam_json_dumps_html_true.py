# generated case (gen_cases4): category=xss rule=PY-XSS fw=flask source=pathparam shape=json_dumps_html sink=specific expected=true
import json

from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/00422/<test_id>", methods=["GET", "POST"])
def benchmark_test_00422(test_id):
    param = test_id
    bar = param
    return make_response(json.dumps({"name": bar}))  # want: PY-XSS
