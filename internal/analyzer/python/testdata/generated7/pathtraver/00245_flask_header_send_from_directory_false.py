# generated case (gen_cases7): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=header shape=send_from_directory sink=specific expected=false
from flask import Flask, request, send_from_directory

app = Flask(__name__)
BASE_DIR = "/srv/app/files/"


@app.route("/case-00245", methods=["GET", "POST"])
def case_00245():
    param = request.headers.get("X-Query", "")
    bar = param
    return send_from_directory(BASE_DIR, bar)
