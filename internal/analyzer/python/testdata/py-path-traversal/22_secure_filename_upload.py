# Path traversal FALSE: werkzeug secure_filename applied to the uploaded file name
import os

from flask import Flask, jsonify, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOAD_DIR = "/srv/uploads"


@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["document"]
    name = secure_filename(f.filename)
    f.save(os.path.join(UPLOAD_DIR, name))
    return jsonify(stored=name), 201
