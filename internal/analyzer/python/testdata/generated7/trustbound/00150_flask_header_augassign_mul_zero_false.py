# generated case (gen_cases7): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=header shape=augassign_mul_zero sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/case-00150", methods=["GET", "POST"])
def case_00150():
    param = request.headers.get("X-Query", "")
    bar = param
    bar *= 0
    bar += "safe"
    session["display_name"] = bar
    result = True
    return jsonify(result=str(result))
