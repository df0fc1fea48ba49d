# generated case (gen_cases7): category=xss rule=PY-XSS fw=flask source=args shape=safe_filter sink=specific expected=true
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/case-00247", methods=["GET", "POST"])
def case_00247():
    param = request.args.get("q", "")
    bar = param
    return render_template_string("<p>{{ v|safe }}</p>", v=bar)  # want: PY-XSS
