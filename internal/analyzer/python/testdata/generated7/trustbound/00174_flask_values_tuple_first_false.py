# generated case (gen_cases7): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=values shape=tuple_first sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


def split_pair(value):
    return "static", value


@app.route("/case-00174", methods=["GET", "POST"])
def case_00174():
    param = request.values.get("q", "")
    bar, data = split_pair(param)
    session["display_name"] = bar
    result = True
    return jsonify(result=str(result))
