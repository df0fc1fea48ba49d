# generated case (gen9): category=ldap rule=PY-LDAP-INJECTION fw=flask shape=search_filter_kw expected=true
import ldap3
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

BASE_DN = "ou=people,dc=example,dc=org"
SERVER = ldap3.Server("ldap://ldap.example.org")


@app.route("/ldap_search_filter_kw", methods=["GET", "POST"])
def case_search_filter_kw():
    param = request.cookies.get("q", "")
    conn = ldap3.Connection(SERVER, auto_bind=True)
    conn.search(search_base=BASE_DN, search_filter="(cn=" + param + ")")  # want: PY-LDAP-INJECTION
    return jsonify(result=str(len(conn.entries)))
