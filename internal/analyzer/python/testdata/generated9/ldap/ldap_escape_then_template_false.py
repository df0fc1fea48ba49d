# generated case (gen9): category=ldap rule=PY-LDAP-INJECTION fw=flask shape=escape_then_template expected=false
import string

import ldap3
from ldap3.utils.conv import escape_filter_chars
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

BASE_DN = "ou=people,dc=example,dc=org"
SERVER = ldap3.Server("ldap://ldap.example.org")


@app.route("/ldap_escape_then_template", methods=["GET", "POST"])
def case_escape_then_template():
    param = request.args.get("q", "")
    flt = string.Template("(uid=$u)").substitute(u=escape_filter_chars(param))
    conn = ldap3.Connection(SERVER, auto_bind=True)
    conn.search(BASE_DN, flt)
    return jsonify(result=str(len(conn.entries)))
