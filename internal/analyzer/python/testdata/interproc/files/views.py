# interproc/files: Flask views calling storage functions imported with an absolute import
from flask import Flask, Response, request

from files.storage import read_avatar, read_user_file

app = Flask(__name__)


@app.route("/download")
def download():
    return Response(read_user_file(request.args["name"]), mimetype="application/octet-stream")


@app.route("/avatar")
def avatar():
    return Response(read_avatar(request.args["name"]), mimetype="image/png")
