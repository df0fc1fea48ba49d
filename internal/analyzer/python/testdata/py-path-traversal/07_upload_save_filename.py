# Path traversal: uploaded file saved under its client-supplied filename
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
UPLOAD_DIR = "/srv/uploads"


@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["document"]
    f.save(os.path.join(UPLOAD_DIR, f.filename))  # want: PY-PATH-TRAVERSAL
    return jsonify(stored=True), 201
