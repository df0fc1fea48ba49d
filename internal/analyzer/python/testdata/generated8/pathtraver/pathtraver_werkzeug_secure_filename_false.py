# generated case (gen8): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask shape=werkzeug_secure_filename expected=false
import os

from flask import Flask, jsonify, request
from werkzeug.utils import secure_filename

app = Flask(__name__)


@app.route("/pathtraver_werkzeug_secure_filename", methods=["POST"])
def case_werkzeug_secure_filename():
    upload = request.files["doc"]
    dest = os.path.join("/srv/uploads", secure_filename(upload.filename))
    upload.save(dest)
    return jsonify(ok=True)
