# generated case (gen_cases7): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=values shape=lang_lookup sink=specific expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
LANGS = {"en": "en", "de": "de", "fr": "fr"}


@app.route("/case-00326", methods=["GET", "POST"])
def case_00326():
    param = request.values.get("q", "")
    bar = param
    session["lang"] = LANGS.get(bar, "en")
    result = True
    return jsonify(result=str(result))
