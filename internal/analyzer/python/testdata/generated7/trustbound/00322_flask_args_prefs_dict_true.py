# generated case (gen_cases7): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=args shape=prefs_dict sink=specific expected=true
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/case-00322", methods=["GET", "POST"])
def case_00322():
    param = request.args.get("q", "")
    bar = param
    session["prefs"] = {"theme": bar}  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=str(result))
