# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=pathparam shape=reassigned_const expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00438/<test_id>", methods=["GET", "POST"])
def benchmark_test_00438(test_id):
    param = test_id
    bar = param
    value = bar
    value = "guest"
    session["display_name"] = value
    result = True
    return jsonify(result=str(result))
