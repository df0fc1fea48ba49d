# Open redirect: return_to hidden form field stored in a variable then redirected to
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/settings/save", methods=["POST"])
def save_settings():
    target = request.form.get("return_to") or "/settings"
    return redirect(target, code=303)  # want: PY-OPEN-REDIRECT
