# generated case (gen_cases7): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=header shape=json_loaded sink=specific expected=true
import json
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/case-00325", methods=["GET", "POST"])
def case_00325():
    param = request.headers.get("X-Query", "")
    bar = param
    session["filters"] = json.loads(bar)  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=str(result))
