# generated case (gen_cases7): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=args shape=dict_del_then_get sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/case-00078", methods=["GET", "POST"])
def case_00078():
    param = request.args.get("q", "")
    d = {"q": param, "m": "x"}
    del d["q"]
    bar = d.get("q", "none")
    session["display_name"] = bar
    result = True
    return jsonify(result=str(result))
