# generated case (gen_cases7): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=values shape=search_group_unanchored sink=v0 expected=true
import os
import re

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files/"


@app.route("/case-00204", methods=["GET", "POST"])
def case_00204():
    param = request.values.get("q", "")
    m = re.search(r"id=(.+)", param)
    bar = m.group(1) if m else "0"
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = fh.read()
    return jsonify(result=str(result))
