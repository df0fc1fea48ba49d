# generated case (gen_cases7): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=header shape=dict_alias_original sink=v0 expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files/"


@app.route("/case-00060", methods=["GET", "POST"])
def case_00060():
    param = request.headers.get("X-Query", "")
    base = {"q": "safe"}
    work = base
    work["q"] = param
    bar = base["q"]
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = fh.read()
    return jsonify(result=str(result))
