# py-ldap-injection and py-xss: format helpers escape the values they fill in, not a template built from input
import ldap
from django.http import HttpResponse
from django.utils.html import format_html
from ldap.filter import filter_format


def people(request):
    con = ldap.initialize("ldap://127.0.0.1")
    who = request.GET["who"]
    con.search_s("dc=example", ldap.SCOPE_SUBTREE, filter_format("(cn=%s)", [who]))  # safe: PY-LDAP-INJECTION
    con.search_s("dc=example", ldap.SCOPE_SUBTREE, filter_format("(cn=" + who + ")", []))  # want: PY-LDAP-INJECTION
    return HttpResponse("ok")


def link(request):
    name = request.GET["name"]
    safe = format_html("<b>{}</b>", name)
    unsafe = format_html("<b>" + name + "</b>{}", "x")
    return HttpResponse(safe + unsafe)  # want: PY-XSS
