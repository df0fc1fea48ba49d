# generated case: rule=PY-PATH-TRAVERSAL source=json propagation=direct sink=send_file expected=true
import os

from flask import Flask, jsonify, request, send_file

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


@app.route("/pathtraver", methods=["POST"])
def handle_pathtraver():
    param = request.get_json()["p"]
    bar = param
    return send_file(os.path.join(BASE_DIR, bar))  # want: PY-PATH-TRAVERSAL
