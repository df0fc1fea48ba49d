# generated case (gen_cases7): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=cookie shape=visit_counter sink=specific expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/case-00324", methods=["GET", "POST"])
def case_00324():
    param = request.cookies.get("q", "none")
    bar = param
    session["visits"] = session.get("visits", 0) + 1
    result = len(bar)
    return jsonify(result=str(result))
