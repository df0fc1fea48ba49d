# generated case (gen8): category=ldap rule=PY-LDAP-INJECTION fw=flask shape=python_ldap_search_s expected=true
import ldap
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/ldap_python_ldap_search_s", methods=["GET", "POST"])
def case_python_ldap_search_s():
    param = request.cookies.get("q", "")
    con = ldap.initialize("ldap://ldap.example.org")
    res = con.search_s("ou=people,dc=example,dc=org", ldap.SCOPE_SUBTREE, "(cn=" + param + ")")  # want: PY-LDAP-INJECTION
    return jsonify(result=str(len(res)))
