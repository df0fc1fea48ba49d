# generated case (gen_cases7): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=header shape=allowlist_paths sink=specific expected=false
from flask import Flask, redirect, request

app = Flask(__name__)
ALLOWED_PATHS = {"/account", "/orders", "/help"}


@app.route("/case-00260", methods=["GET", "POST"])
def case_00260():
    param = request.headers.get("X-Query", "")
    bar = param
    if bar in ALLOWED_PATHS:
        return redirect(bar)
    return redirect("/")
