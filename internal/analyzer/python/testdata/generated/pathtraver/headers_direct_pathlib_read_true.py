# generated case: rule=PY-PATH-TRAVERSAL source=headers propagation=direct sink=pathlib_read expected=true
from flask import Flask, jsonify, request
from pathlib import Path

app = Flask(__name__)
BASE_DIR = "/srv/app/files"


@app.route("/pathtraver")
def handle_pathtraver():
    param = request.headers.get("X-P", "")
    bar = param
    result = len((Path(BASE_DIR) / bar).read_text())  # want: PY-PATH-TRAVERSAL
    return jsonify(result=result)
