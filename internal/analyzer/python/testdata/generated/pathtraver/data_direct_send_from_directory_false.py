# generated case: rule=PY-PATH-TRAVERSAL source=data propagation=direct sink=send_from_directory expected=false
from flask import Flask, jsonify, request, send_from_directory

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


@app.route("/pathtraver", methods=["POST"])
def handle_pathtraver():
    param = request.data.decode("utf-8")
    bar = param
    return send_from_directory(BASE_DIR, bar)
