# py-weak-random: a predictable value written after a label that names a secret
import random

from flask import Flask, make_response, redirect

app = Flask(__name__)


@app.route("/login")
def login():
    # (Reported where the value is drawn.)
    sid = "".join(random.sample("abcdefghijklmnopqrstuvwxyz0123456789", 20))  # want: PY-WEAK-RANDOM
    page = '<meta http-equiv="Set-Cookie" content="SESSIONID=%s; path=/">' % sid
    return make_response(page)


@app.route("/reset")
def reset_link():
    return redirect("/reset?token=" + str(random.getrandbits(64)))  # want: PY-WEAK-RANDOM


@app.route("/invite")
def invite():
    number = random.randint(100000, 999999)  # want: PY-WEAK-RANDOM
    return f"<p>Your invite-code: {number}</p>"


@app.route("/dice")
def dice():
    return "roll=%d" % random.randint(1, 6)  # safe: PY-WEAK-RANDOM (a game, not a secret)


@app.route("/banner")
def banner():
    return "<p>Tip of the day: " + str(random.choice(["a", "b"])) + "</p>"  # safe: PY-WEAK-RANDOM


@app.route("/page")
def page_size():
    return "items per page: %d; session length: fixed" % random.randint(10, 50)  # safe: PY-WEAK-RANDOM


@app.route("/quote")
def quote_of_the_day():
    return "Author: " + random.choice(["Ada", "Grace"])  # safe: PY-WEAK-RANDOM ("Author" is not "auth")


@app.route("/two")
def two_placeholders():
    return f"token={'fixed'}-{random.randint(1, 6)}"  # safe: PY-WEAK-RANDOM (the label belongs to the first value)


@app.route("/remember")
def remember_me():
    return "rememberMe=%d" % random.getrandbits(32)  # want: PY-WEAK-RANDOM
