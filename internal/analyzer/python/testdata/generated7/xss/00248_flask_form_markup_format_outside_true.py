# generated case (gen_cases7): category=xss rule=PY-XSS fw=flask source=form shape=markup_format_outside sink=specific expected=true
from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/case-00248", methods=["POST"])
def case_00248():
    param = request.form.get("q", "")
    bar = param
    return Markup("<p>%s</p>" % bar)  # want: PY-XSS
