# XSS: string route parameter echoed into the page
from flask import Flask

app = Flask(__name__)


@app.route("/u/<username>")
def public_profile(username):
    return "<title>%s's profile</title><h1>%s</h1>" % (username, username)  # want: PY-XSS
