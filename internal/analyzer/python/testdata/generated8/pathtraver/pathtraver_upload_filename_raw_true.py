# generated case (gen8): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask shape=upload_filename_raw expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/pathtraver_upload_filename_raw", methods=["POST"])
def case_upload_filename_raw():
    upload = request.files["doc"]
    upload.save(os.path.join("/srv/uploads", upload.filename))  # want: PY-PATH-TRAVERSAL
    return jsonify(ok=True)
