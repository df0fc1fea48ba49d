# generated case (gen_cases7): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=header shape=insert_negative_taint sink=v0 expected=true
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/case-00030", methods=["GET", "POST"])
def case_00030():
    param = request.headers.get("X-Query", "")
    items = ["a", "b"]
    items.insert(-1, param)
    bar = items[1]
    session["display_name"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=str(result))
