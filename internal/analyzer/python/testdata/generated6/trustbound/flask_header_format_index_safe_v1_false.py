# generated case (gen_cases6): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=header shape=format_index_safe sink=v1 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00204", methods=["GET", "POST"])
def benchmark_test_00204():
    param = request.headers.get("Referer", "")
    bar = "{1}".format(param, "safe")
    session[bar] = "10340"
    result = True
    return jsonify(result=str(result))
