# generated case (gen_cases7): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=values shape=while_drain_last sink=v0 expected=true
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/case-00054", methods=["GET", "POST"])
def case_00054():
    param = request.values.get("q", "")
    queue = ["safe", param]
    bar = ""
    while queue:
        bar = queue.pop(0)
    session["display_name"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=str(result))
