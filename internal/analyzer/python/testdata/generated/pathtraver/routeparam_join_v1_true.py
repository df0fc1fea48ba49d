# generated case: rule=PY-PATH-TRAVERSAL source=routeparam propagation=join sink=v1 expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


@app.route("/pathtraver/<p>")
def handle_pathtraver(p):
    param = p
    bar = "".join([param, ""])
    os.remove(BASE_DIR + "/" + bar)  # want: PY-PATH-TRAVERSAL
    result = True
    return jsonify(result=result)
