# generated case: rule=PY-PATH-TRAVERSAL source=cookies propagation=walrus sink=v1 expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


@app.route("/pathtraver")
def handle_pathtraver():
    param = request.cookies.get("p", "")
    if (bar := param.strip()):
        pass
    os.remove(BASE_DIR + "/" + bar)  # want: PY-PATH-TRAVERSAL
    result = True
    return jsonify(result=result)
