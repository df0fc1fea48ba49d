# generated case (gen_cases7): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=values shape=quoted_query sink=specific expected=false
import urllib.parse

from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/case-00261", methods=["GET", "POST"])
def case_00261():
    param = request.values.get("q", "")
    bar = param
    return redirect("/search?q=" + urllib.parse.quote(bar, safe=""))
