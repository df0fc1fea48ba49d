# generated case (gen_cases7): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=form shape=normpath_only sink=specific expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files/"


@app.route("/case-00238", methods=["POST"])
def case_00238():
    param = request.form.get("q", "")
    bar = param
    with open(os.path.join(BASE_DIR, os.path.normpath(bar))) as fh:  # want: PY-PATH-TRAVERSAL
        result = fh.read()
    return jsonify(result=str(result))
