# generated case: rule=PY-PATH-TRAVERSAL source=data propagation=dictupdate_keyA sink=v0 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


@app.route("/pathtraver", methods=["POST"])
def handle_pathtraver():
    param = request.data.decode("utf-8")
    m = {"keyA": "a_Value"}
    m.update({"keyB": param})
    bar = m["keyA"]
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return jsonify(result=result)
