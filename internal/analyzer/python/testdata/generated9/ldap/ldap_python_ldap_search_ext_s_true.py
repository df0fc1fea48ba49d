# generated case (gen9): category=ldap rule=PY-LDAP-INJECTION fw=flask shape=python_ldap_search_ext_s expected=true
import ldap
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

BASE_DN = "ou=people,dc=example,dc=org"


@app.route("/ldap_python_ldap_search_ext_s", methods=["GET", "POST"])
def case_python_ldap_search_ext_s():
    param = request.args.get("q", "")
    conn = ldap.initialize("ldap://ldap.example.org")
    res = conn.search_ext_s(BASE_DN, ldap.SCOPE_SUBTREE, "(uid=" + param + ")")  # want: PY-LDAP-INJECTION
    return jsonify(result=str(len(res)))
