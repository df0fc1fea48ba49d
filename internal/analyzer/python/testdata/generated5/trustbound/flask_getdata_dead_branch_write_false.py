# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=getdata shape=dead_branch_write expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00444", methods=["POST"])
def benchmark_test_00444():
    param = request.get_data(as_text=True)
    bar = param
    if False:
        session["display_name"] = bar
    result = True
    return jsonify(result=str(result))
