# generated case (gen_cases7): category=xss rule=PY-XSS fw=flask source=cookie shape=markup_percent_escapes sink=specific expected=false
from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/case-00249", methods=["GET", "POST"])
def case_00249():
    param = request.cookies.get("q", "none")
    bar = param
    return Markup("<p>%s</p>") % bar
