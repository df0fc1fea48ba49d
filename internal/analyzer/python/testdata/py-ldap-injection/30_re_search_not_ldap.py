# py-ldap-injection: re.search is a regular expression search, not an LDAP connection's search, in a project that uses ldap3
import re

import ldap3
from flask import Flask, request

app = Flask(__name__)
SERVER = ldap3.Server("ldap://ldap.example.org")


@app.route("/check")
def check():
    param = request.args.get("q", "")
    return "ok" if re.search(r"\d+", param) else "no"


@app.route("/lookup")
def lookup():
    conn = ldap3.Connection(SERVER)
    conn.search("ou=users,dc=example,dc=org", "(uid=" + request.args["u"] + ")")  # want: PY-LDAP-INJECTION
    return "ok"
