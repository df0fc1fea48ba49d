# generated case (gen_cases7): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=values shape=abspath_unchecked sink=specific expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files/"


@app.route("/case-00241", methods=["GET", "POST"])
def case_00241():
    param = request.values.get("q", "")
    bar = param
    with open(os.path.abspath(os.path.join(BASE_DIR, bar))) as fh:  # want: PY-PATH-TRAVERSAL
        result = fh.read()
    return jsonify(result=str(result))
