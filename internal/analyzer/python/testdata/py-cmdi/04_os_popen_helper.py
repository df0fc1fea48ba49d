# CMDi: helper builds a git command from its argument; the view passes a branch name from the request
import os

from flask import Flask, Response, request

app = Flask(__name__)


def git_log(branch, count):
    cmd = "git -C /srv/repo log --oneline -n %d %s" % (count, branch)
    return os.popen(cmd).read()  # want: PY-CMDI


@app.route("/changelog")
def changelog():
    return Response(git_log(request.args.get("branch", "main"), 20), mimetype="text/plain")
