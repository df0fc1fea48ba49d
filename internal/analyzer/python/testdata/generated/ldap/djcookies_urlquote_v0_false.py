# generated case: rule=PY-LDAP-INJECTION source=djcookies propagation=urlquote sink=v0 expected=false
import ldap
import urllib.parse

from django.http import JsonResponse


def handle_ldap(request):
    param = request.COOKIES.get("p", "")
    bar = urllib.parse.quote(param)
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")
    result = len(entries)
    return JsonResponse({"result": result})
