# generated case: rule=PY-PATH-TRAVERSAL source=cookies propagation=starunpack_rest sink=v1 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


@app.route("/pathtraver")
def handle_pathtraver():
    param = request.cookies.get("p", "")
    first, *rest = [param, "safe", "moresafe"]
    bar = rest[0]
    os.remove(BASE_DIR + "/" + bar)
    result = True
    return jsonify(result=result)
