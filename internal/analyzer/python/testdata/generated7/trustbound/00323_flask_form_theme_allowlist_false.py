# generated case (gen_cases7): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=form shape=theme_allowlist sink=specific expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
THEMES = ("light", "dark")


@app.route("/case-00323", methods=["POST"])
def case_00323():
    param = request.form.get("q", "")
    bar = param
    session["theme"] = bar if bar in THEMES else "light"
    result = True
    return jsonify(result=str(result))
