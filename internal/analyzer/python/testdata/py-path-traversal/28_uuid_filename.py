# Path traversal FALSE: upload stored under a server-generated uuid name; the client name is only kept as metadata
import os
import uuid

from flask import Flask, jsonify, request

app = Flask(__name__)
UPLOAD_DIR = "/srv/uploads"


@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["document"]
    stored = uuid.uuid4().hex
    f.save(os.path.join(UPLOAD_DIR, stored))
    return jsonify(id=stored, original=f.filename), 201
