# Path traversal: helper in the same file removes an attachment path built from its argument
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
ATTACHMENTS = "/srv/attachments"


def remove_attachment(filename):
    target = ATTACHMENTS + "/" + filename
    os.remove(target)  # want: PY-PATH-TRAVERSAL


@app.route("/attachments/delete", methods=["POST"])
def delete_attachment():
    remove_attachment(request.form["file"])
    return jsonify(ok=True)
