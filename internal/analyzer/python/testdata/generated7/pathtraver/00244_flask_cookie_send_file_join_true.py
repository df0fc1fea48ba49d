# generated case (gen_cases7): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=cookie shape=send_file_join sink=specific expected=true
import os

from flask import Flask, request, send_file

app = Flask(__name__)
BASE_DIR = "/srv/app/files/"


@app.route("/case-00244", methods=["GET", "POST"])
def case_00244():
    param = request.cookies.get("q", "none")
    bar = param
    return send_file(os.path.join(BASE_DIR, bar))  # want: PY-PATH-TRAVERSAL
