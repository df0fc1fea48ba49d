# generated case (gen_cases7): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=args shape=input_prefix_fstring sink=specific expected=true
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/case-00262", methods=["GET", "POST"])
def case_00262():
    param = request.args.get("q", "")
    bar = param
    return redirect(f"{bar}/dashboard")  # want: PY-OPEN-REDIRECT
