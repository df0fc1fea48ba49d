# Path traversal: download name joined to the files directory and opened
import os

from flask import Flask, Response, request

app = Flask(__name__)
FILES_DIR = "/srv/app/files"


@app.route("/download")
def download():
    name = request.args.get("name", "")
    path = os.path.join(FILES_DIR, name)
    with open(path, "rb") as fh:  # want: PY-PATH-TRAVERSAL
        data = fh.read()
    return Response(data, mimetype="application/octet-stream")
