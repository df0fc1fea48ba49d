# CMDi: the format check's outcome is kept in a variable, but the branch
# that sees it fail does not stop the request.
import re
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/tools/user")
def user_info():
    name = request.args.get("name", "")
    valid = re.fullmatch(r"[a-z_][a-z0-9_]{0,31}", name)
    if not valid:
        print("suspicious user name", name)
    subprocess.call("id " + name, shell=True)  # want: PY-CMDI
    return "done"
