# generated case (gen_cases7): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=cookie shape=pop_index_rest sink=v0 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files/"


@app.route("/case-00036", methods=["GET", "POST"])
def case_00036():
    param = request.cookies.get("q", "none")
    vals = ["x", param, "y"]
    vals.pop(1)
    bar = vals[1]
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = fh.read()
    return jsonify(result=str(result))
