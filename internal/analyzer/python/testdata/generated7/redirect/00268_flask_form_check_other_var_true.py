# generated case (gen_cases7): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=form shape=check_other_var sink=specific expected=true
from flask import Flask, abort, redirect, request

app = Flask(__name__)


@app.route("/case-00268", methods=["POST"])
def case_00268():
    param = request.form.get("q", "")
    bar = param
    candidate = bar.strip()
    if not candidate.startswith("/") or candidate.startswith("//"):
        abort(400)
    return redirect(bar)  # want: PY-OPEN-REDIRECT
