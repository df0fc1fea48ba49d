# CMDi: uploaded file name interpolated into an ImageMagick shell command
import os
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)
UPLOADS = "/srv/uploads"


@app.route("/avatar", methods=["POST"])
def avatar():
    f = request.files["avatar"]
    name = f.filename
    f.save(os.path.join(UPLOADS, "incoming.bin"))
    cmd = "convert %s/incoming.bin -resize 128x128 %s/thumb_%s.png" % (UPLOADS, UPLOADS, name)
    subprocess.check_output(cmd, shell=True)  # want: PY-CMDI
    return jsonify(ok=True)
