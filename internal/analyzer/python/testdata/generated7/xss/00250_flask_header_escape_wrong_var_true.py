# generated case (gen_cases7): category=xss rule=PY-XSS fw=flask source=header shape=escape_wrong_var sink=specific expected=true
import html

from flask import Flask, request

app = Flask(__name__)


@app.route("/case-00250", methods=["GET", "POST"])
def case_00250():
    param = request.headers.get("X-Query", "")
    bar = param
    shown = html.escape(bar)
    return "<p>" + bar + "</p><!-- " + str(len(shown)) + " -->"  # want: PY-XSS
