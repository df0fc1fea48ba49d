# generated case: rule=PY-PATH-TRAVERSAL source=cookies propagation=listcomp_digits sink=v1 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


@app.route("/pathtraver")
def handle_pathtraver():
    param = request.cookies.get("p", "")
    bar = "".join([c for c in param if c.isdigit()])
    os.remove(BASE_DIR + "/" + bar)
    result = True
    return jsonify(result=result)
