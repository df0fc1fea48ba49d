# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=pathparam shape=note_direct expected=true
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00410/<test_id>", methods=["GET", "POST"])
def benchmark_test_00410(test_id):
    param = test_id
    bar = param
    session["cart_note"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=str(result))
