# LDAP injection FALSE: ldap.filter.escape_filter_chars and filter_format escape the values
import ldap
import ldap.filter
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/groups/members")
def members():
    group = ldap.filter.escape_filter_chars(request.args.get("group", ""))
    l = ldap.initialize("ldap://ldap.corp.example")
    res = l.search_s("ou=groups,dc=corp,dc=example", ldap.SCOPE_SUBTREE, "(cn=" + group + ")", ["member"])
    return jsonify(count=len(res))


@app.route("/people/by-mail")
def by_mail():
    flt = ldap.filter.filter_format("(mail=%s)", [request.args.get("mail", "")])
    l = ldap.initialize("ldap://ldap.corp.example")
    res = l.search_s("ou=people,dc=corp,dc=example", ldap.SCOPE_SUBTREE, flt, ["uid"])
    return jsonify(count=len(res))
