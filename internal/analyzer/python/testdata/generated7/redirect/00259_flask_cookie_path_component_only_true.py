# generated case (gen_cases7): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=cookie shape=path_component_only sink=specific expected=true
import urllib.parse

from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/case-00259", methods=["GET", "POST"])
def case_00259():
    param = request.cookies.get("q", "none")
    bar = param
    target = urllib.parse.urlparse(bar).path or "/"
    return redirect(target)  # want: PY-OPEN-REDIRECT
