# generated case: rule=PY-PATH-TRAVERSAL source=routeparam propagation=flagcompare_const sink=v1 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


@app.route("/pathtraver/<p>")
def handle_pathtraver(p):
    param = p
    flag = "yes"
    if flag == "no":
        bar = param
    else:
        bar = "safe"
    os.remove(BASE_DIR + "/" + bar)
    result = True
    return jsonify(result=result)
