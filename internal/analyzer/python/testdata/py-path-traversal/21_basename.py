# Path traversal FALSE: os.path.basename strips directory components before joining
import os

from flask import Flask, Response, request

app = Flask(__name__)
FILES_DIR = "/srv/app/files"


@app.route("/download")
def download():
    name = os.path.basename(request.args.get("name", ""))
    with open(os.path.join(FILES_DIR, name), "rb") as fh:
        return Response(fh.read(), mimetype="application/octet-stream")
