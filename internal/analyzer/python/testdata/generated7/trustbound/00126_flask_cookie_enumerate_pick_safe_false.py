# generated case (gen_cases7): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=cookie shape=enumerate_pick_safe sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/case-00126", methods=["GET", "POST"])
def case_00126():
    param = request.cookies.get("q", "none")
    bar = "safe"
    for i, v in enumerate(["a", param, "b"]):
        if i == 2:
            bar = v
    session["display_name"] = bar
    result = True
    return jsonify(result=str(result))
