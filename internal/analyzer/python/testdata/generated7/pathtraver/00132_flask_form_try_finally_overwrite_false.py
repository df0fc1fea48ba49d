# generated case (gen_cases7): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=form shape=try_finally_overwrite sink=v0 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files/"


@app.route("/case-00132", methods=["POST"])
def case_00132():
    param = request.form.get("q", "")
    try:
        bar = param.strip()
    finally:
        bar = "fixed"
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = fh.read()
    return jsonify(result=str(result))
