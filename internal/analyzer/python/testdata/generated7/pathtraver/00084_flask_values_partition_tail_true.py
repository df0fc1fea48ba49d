# generated case (gen_cases7): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=values shape=partition_tail sink=v0 expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files/"


@app.route("/case-00084", methods=["GET", "POST"])
def case_00084():
    param = request.values.get("q", "")
    head, sep, tail = ("static:" + param).partition(":")
    bar = tail
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = fh.read()
    return jsonify(result=str(result))
